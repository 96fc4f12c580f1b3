package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
    void aDamagedRecoveryFileIsSetAsideUnderAnotherNameNeverDeleted() throws Exception {
        RecoveryFile recovery = new RecoveryFile(dir);
        recovery.write(Fixtures.defaultProjection(), Fixtures.DEFAULT);
        Files.writeString(recovery.path(), "{ not json");

        RecoveryFile.SetAside aside = catchThrowableOfType(recovery::read, RecoveryFile.SetAside.class);

        assertThat(aside).isNotNull();
        assertThat(aside.keptAt().getFileName().toString()).matches("recovery-unreadable-\\d{8}-\\d{6}-\\d{3}\\.json");
        assertThat(Files.readString(aside.keptAt())).isEqualTo("{ not json");
        assertThat(Files.readString(aside.keptAt().resolveSibling(aside.keptAt().getFileName().toString()
                .replace(".json", ".origin")))).isEqualTo(Fixtures.DEFAULT.toAbsolutePath().toString());
        assertThat(recovery.read()).as("nothing left to offer at the old name").isEmpty();
    }
}
