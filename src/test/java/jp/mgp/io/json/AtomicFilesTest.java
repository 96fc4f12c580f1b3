package jp.mgp.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.model.RuleViolation;

/** Where a write goes and what it refuses to replace (docs/SECURITY.md, "Writing files"). */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savingThroughASymlinkReplacesTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path realFolder = Files.createDirectory(dir.resolve("real"));
        Path linkFolder = Files.createDirectory(dir.resolve("links"));
        Path real = Files.writeString(realFolder.resolve("plan.json"), "old");
        Path link = Files.createSymbolicLink(linkFolder.resolve("plan.json"), Path.of("../real/plan.json"));

        AtomicFiles.write(link, bytes("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../real/plan.json"));
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(names(realFolder)).containsExactly("plan.json");
        assertThat(names(linkFolder)).containsExactly("plan.json");
    }

    @Test
    void aChainOfLinksAndADanglingLinkAreWrittenThroughToTheirEnd() throws Exception {
        Path second = Files.createSymbolicLink(dir.resolve("second.json"), Path.of("missing.json"));
        Path first = Files.createSymbolicLink(dir.resolve("first.json"), second.getFileName());

        AtomicFiles.write(first, bytes("created"));

        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(second)).isTrue();
        assertThat(Files.readString(dir.resolve("missing.json"))).isEqualTo("created");
        assertThat(names(dir)).containsExactly("first.json", "missing.json", "second.json");
    }

    @Test
    void aLoopOfLinksIsRefusedInBothLanguages() throws Exception {
        Path a = dir.resolve("a.json");
        Files.createSymbolicLink(a, Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
        assertThatThrownBy(() -> AtomicFiles.write(a, bytes("x"))).isInstanceOfSatisfying(RuleViolation.class,
                v -> {
                    assertThat(v.message(Locale.ENGLISH)).isEqualTo(a + " is a chain of links that never reaches a"
                            + " file; nothing was written");
                    assertThat(v.message(Locale.JAPANESE)).startsWith(a + " はリンクが循環していて");
                });
    }

    @Test
    void aCharacterDeviceIsNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "a system with /dev/null");
        assertThatThrownBy(() -> AtomicFiles.write(devNull, bytes("a,b\n"))).isInstanceOfSatisfying(
                RuleViolation.class, v -> {
                    assertThat(v.message(Locale.ENGLISH)).isEqualTo("/dev/null is a device or a pipe, not an"
                            + " ordinary file; mgp writes only ordinary files, and nothing was written");
                    assertThat(v.message(Locale.JAPANESE)).isEqualTo("/dev/null はデバイスかパイプで、通常のファイル"
                            + "ではありません。mgp は通常のファイルにだけ書き込みます。何も書き込んでいません");
                });
        BasicFileAttributes after = Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertThat(after.isOther()).as("/dev/null is still a device").isTrue();
        assertThat(Files.getAttribute(devNull, "unix:mode", LinkOption.NOFOLLOW_LINKS))
                .as("a character device (S_IFCHR)").matches(m -> ((Integer) m & 0170000) == 0020000);
        assertThat(names(Path.of("/dev"))).noneMatch(n -> n.startsWith(".null."));
    }

    @Test
    void aLinkToADeviceIsRefusedToo() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/null")), "a system with /dev/null");
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), Path.of("/dev/null"));
        assertThatThrownBy(() -> AtomicFiles.write(link, bytes("x"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("is a device or a pipe");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aFifoIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo available");

        assertThatThrownBy(() -> AtomicFiles.write(fifo, bytes("x"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("is a device or a pipe");

        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
        assertThat(Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS))
                .as("still a FIFO (S_IFIFO)").matches(m -> ((Integer) m & 0170000) == 0010000);
        assertThat(names(dir)).containsExactly("pipe.csv");
    }

    @Test
    void aFolderIsRefusedAndTheRootHasNoStackTrace() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("deck.pptx"));
        Files.writeString(folder.resolve("inside"), "kept");
        assertThatThrownBy(() -> AtomicFiles.write(folder, bytes("x"))).isInstanceOfSatisfying(RuleViolation.class,
                v -> {
                    assertThat(v.message(Locale.ENGLISH)).isEqualTo(folder + " is a folder, not a file; nothing"
                            + " was written");
                    assertThat(v.message(Locale.JAPANESE)).isEqualTo(folder + " はフォルダーで、ファイルではありま"
                            + "せん。何も書き込んでいません");
                });
        assertThat(Files.readString(folder.resolve("inside"))).isEqualTo("kept");
        assertThat(names(dir)).containsExactly("deck.pptx");

        assertThatThrownBy(() -> AtomicFiles.write(Path.of("/"), bytes("x"))).isInstanceOf(RuleViolation.class)
                .hasMessage("/ is a folder, not a file; nothing was written");
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneFollowsTheUmask() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path kept = Files.writeString(dir.resolve("private.json"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
        Path shared = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.write(kept, bytes("new"));
        AtomicFiles.write(shared, bytes("new"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");

        // A new file gets what any program's new file gets under this process's umask.
        Path reference = Files.createFile(dir.resolve("reference"));
        Path created = dir.resolve("created.json");
        AtomicFiles.write(created, bytes("new"));
        assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aFileRootReplacesKeepsItsOwnerAndGroup() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "running as root, who may give a file away");
        Path file = Files.writeString(dir.resolve("users.json"), "old");
        var lookup = dir.getFileSystem().getUserPrincipalLookupService();
        var nobody = lookup.lookupPrincipalByName("nobody");
        var nogroup = lookup.lookupPrincipalByGroupName(java.util.Set.of("nogroup", "nobody").stream()
                .filter(g -> {
                    try {
                        lookup.lookupPrincipalByGroupName(g);
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                }).findFirst().orElseThrow());
        Files.setOwner(file, nobody);
        Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(nogroup);

        AtomicFiles.write(file, bytes("new"));

        var after = Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class);
        assertThat(after.owner()).isEqualTo(nobody);
        assertThat(after.group()).isEqualTo(nogroup);
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void theNextWriteRemovesTemporariesOfDeadWritersButNotOfRunningOnes() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        assumeTrue(ProcessHandle.of(deadPid).isEmpty(), "the finished process's id is not taken again yet");
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            long self = ProcessHandle.current().pid();
            Path dead = Files.writeString(dir.resolve(".plan.json.mgp-" + deadPid + "-k3x9.tmp"), "killed");
            Path deadOther = Files.writeString(dir.resolve(".deck.pptx.mgp-" + deadPid + "-0a.tmp"), "killed");
            Path mine = Files.writeString(dir.resolve(".plan.json.mgp-" + self + "-zz1.tmp"), "being written");
            Path other = Files.writeString(dir.resolve(".plan.json.mgp-" + running.pid() + "-q7.tmp"), "being written");
            Path notOurs = Files.writeString(dir.resolve(".plan.json.tmp"), "someone else's");

            AtomicFiles.write(dir.resolve("plan.json"), bytes("new"));

            assertThat(dead).doesNotExist();
            assertThat(deadOther).doesNotExist();
            assertThat(mine).hasContent("being written");
            assertThat(other).hasContent("being written");
            assertThat(notOurs).hasContent("someone else's");
            assertThat(names(dir)).containsExactlyInAnyOrder(".plan.json.mgp-" + running.pid() + "-q7.tmp",
                    ".plan.json.mgp-" + self + "-zz1.tmp", ".plan.json.tmp", "plan.json");
        } finally {
            running.destroyForcibly().waitFor();
        }
    }
}
