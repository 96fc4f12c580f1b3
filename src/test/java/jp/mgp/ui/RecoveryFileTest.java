package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;

class RecoveryFileTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheWorkAndTheFileItCameFromUntilDeleted() throws Exception {
        RecoveryFile recovery = new RecoveryFile(dir.resolve("nested"));
        assertThat(recovery.read()).isEmpty();
        recovery.write(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        assertThat(recovery.read()).hasValueSatisfying(r -> {
            assertThat(r.projection()).isEqualTo(Fixtures.defaultProjection());
            assertThat(r.origin()).isEqualTo(Fixtures.DEFAULT.toAbsolutePath());
        });
        recovery.delete();
        assertThat(recovery.read()).isEmpty();
        assertThat(Files.list(dir.resolve("nested"))).isEmpty();
    }

    @Test
    void aDamagedRecoveryFileIsIgnored() throws Exception {
        RecoveryFile recovery = new RecoveryFile(dir);
        Files.writeString(recovery.path(), "{ not json");
        assertThat(recovery.read()).isEmpty();
    }
}
