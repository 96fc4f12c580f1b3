package jp.mgp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.chart.ProjectionCharts;
import jp.mgp.chart.ResultDataset;
import jp.mgp.ui.PreparedCharts;
import jp.mgp.ui.RecoveryFile;
import jp.mgp.ui.UserPrefs;

/** What the second thread makes while JavaFX starts (no window needed). */
class PrepareTest {

    private final Scratch scratch = Scratch.create();
    private final UserPrefs prefs = new UserPrefs(scratch.prefs());

    @TempDir
    Path home;

    @AfterEach
    void forget() {
        scratch.close();
    }

    @Test
    void chartsTheNamedFileInTheLanguageChosenLastTime() {
        prefs.setLanguage(Locale.JAPANESE);
        MgpApplication.Settings settings = MgpApplication.settings(Fixtures.DEFAULT, prefs, new RecoveryFile(home));
        PreparedCharts ready = MgpApplication.charts(settings);

        assertThat(settings.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(settings.onDisk()).isTrue();
        assertThat(ready.file()).isEqualTo(Fixtures.DEFAULT);
        assertThat(ready.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(ready.charts()).extracting(c -> c.getTitle().getText())
                .containsExactly("AI・ロボット市場の規模（世界）", "デジタル赤字と原油輸入額（日本）", "労働需給ギャップ（日本）",
                        "労働需給ギャップをどう補うか（日本）", "多用途ロボットの導入（日本）");
        JFreeChart markets = ready.charts().get(0);
        ResultDataset data = ProjectionCharts.dataset(markets);
        assertThat(data.result()).isSameAs(ready.result());
        assertThat(data.getYValue(0, 2040 - 2024)).isCloseTo(34.916058, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ready.result().scenarioId()).isEqualTo("base");
    }

    @Test
    void unsavedWorkLeftByACrashDoesNotHoldUpTheFirstChart() throws IOException {
        RecoveryFile recovery = new RecoveryFile(home);
        recovery.write(Fixtures.defaultProjection(), Fixtures.DEFAULT);

        MgpApplication.Settings settings = MgpApplication.settings(Fixtures.DEFAULT, prefs, recovery);

        assertThat(MgpApplication.charts(settings).file()).as("offered in a bar once the window is up")
                .isEqualTo(Fixtures.DEFAULT);
        assertThat(recovery.read()).as("and kept until then").isPresent();
    }

    @Test
    void aFileThatCannotBeReadIsLeftForTheWindowToExplain() throws IOException {
        Path broken = Files.writeString(home.resolve("broken.json"), "{ \"schemaVersion\": ");
        MgpApplication.Settings settings = MgpApplication.settings(broken, prefs, new RecoveryFile(home.resolve("r")));

        assertThat(MgpApplication.charts(settings)).isNull();
        assertThat(settings.file()).isEqualTo(broken);
        assertThat(settings.onDisk()).isTrue();
        assertThat(settings.locale()).isEqualTo(Locale.getDefault());
    }

    @Test
    void onAJapaneseMachineTheEnglishChosenLastTimeIsTheLanguageChartedAtStart() {
        Locale machine = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.JAPAN);
        try {
            RecoveryFile none = new RecoveryFile(home);
            assertThat(MgpApplication.settings(Fixtures.DEFAULT, prefs, none).locale()).as("nothing saved")
                    .isEqualTo(Locale.JAPAN);
            prefs.setLanguage(Locale.ENGLISH);
            MgpApplication.Settings settings = MgpApplication.settings(Fixtures.DEFAULT, prefs, none);
            assertThat(settings.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(MgpApplication.charts(settings).charts()).extracting(c -> c.getTitle().getText())
                    .containsExactly("AI and robot markets (global)", "Digital deficit vs crude-oil imports (Japan)",
                            "Labour supply-demand gap (Japan)", "How the labour gap is filled (Japan)",
                            "Multipurpose robots in Japan");
        } finally {
            Locale.setDefault(machine);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
