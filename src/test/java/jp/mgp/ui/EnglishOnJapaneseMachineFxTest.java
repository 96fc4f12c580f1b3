package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import jp.mgp.Fixtures;
import jp.mgp.Scratch;
import jp.mgp.engine.ProjectionEngine;

/**
 * A Japanese machine making an English deck: with Japanese as the default locale, View → English turns the menus,
 * the series badges and the chart's key English, and the next start, with English saved, opens in English.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class EnglishOnJapaneseMachineFxTest {

    /** Kana or kanji. */
    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff]");

    private final Scratch scratch = TestWindows.scratch();
    private final Scratch restart = TestWindows.scratch();
    private final Locale machine = Locale.getDefault();
    private final Locale machineDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    private final Locale machineFormat = Locale.getDefault(Locale.Category.FORMAT);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.JAPAN);
        // As MgpApplication starts with nothing saved: the machine's language.
        window = TestWindows.show(stage, new Messages(Locale.getDefault()),
                new ProjectionViewModel(new ProjectionEngine()), scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void restoreTheMachine() {
        Locale.setDefault(machine);
        Locale.setDefault(Locale.Category.DISPLAY, machineDisplay);
        Locale.setDefault(Locale.Category.FORMAT, machineFormat);
        scratch.close();
        restart.close();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static List<String> menus(MainWindow w) {
        MenuBar bar = (MenuBar) w.scene().lookup(".menu-bar");
        return bar.getMenus().stream().map(Menu::getText).toList();
    }

    private static List<String> badges(MainWindow w) {
        return w.scene().getRoot().lookupAll(".badge").stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).distinct().sorted().toList();
    }

    /** The chart's key: the provenance line below it and each line's legend entry. */
    private static List<String> key(JFreeChart chart) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                key.add(t.getText());
            }
        }
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            key.add(items.get(i).getLabel());
        }
        return key;
    }

    @Test
    void viewEnglishTurnsMenusBadgesAndTheChartKeyEnglishAndTheNextStartOpensInEnglish(FxRobot robot)
            throws Exception {
        assertThat(onFx(() -> menus(window))).startsWith("ファイル", "編集");
        assertThat(onFx(() -> badges(window))).contains("導出", "仮定");

        robot.clickOn("表示").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> menus(window))).containsExactly("File", "Edit", "Scenario", "Chart", "Tools", "View",
                "Help");
        assertThat(onFx(() -> badges(window))).contains("assumption", "derived").noneMatch(JAPANESE.asPredicate());
        List<String> key = onFx(() -> key(window.charts().get(0)));
        assertThat(key).contains("\u25C6 sourced    \u25CF derived    \u25CB assumption    "
                + "dashed: beyond the sources", "Scenario: Base (the sources' own rules)");
        assertThat(key).anyMatch(s -> s.startsWith("Vertical AI market (global)") && s.endsWith("21.6 %/yr"));
        assertThat(key).as("no Japanese left in the key").noneMatch(JAPANESE.asPredicate());

        // The next start: MgpApplication takes the saved language before the machine's.
        Locale saved = new UserPrefs(scratch.prefs()).language();
        assertThat(saved).isEqualTo(Locale.ENGLISH);
        restart.prefs().put("language", saved.toLanguageTag());
        MainWindow[] again = new MainWindow[1];
        robot.interact(() -> {
            again[0] = TestWindows.show(new Stage(), new Messages(new UserPrefs(restart.prefs()).language()),
                    new ProjectionViewModel(new ProjectionEngine()), restart);
            again[0].controller().open(Fixtures.DEFAULT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> menus(again[0]))).startsWith("File", "Edit");
        assertThat(onFx(() -> badges(again[0]))).contains("assumption", "derived").noneMatch(JAPANESE.asPredicate());
        assertThat(onFx(() -> key(again[0].charts().get(0)))).contains("\u25C6 sourced    \u25CF derived    "
                + "\u25CB assumption    dashed: beyond the sources");
        robot.interact(() -> again[0].scene().getWindow().hide());
    }
}
