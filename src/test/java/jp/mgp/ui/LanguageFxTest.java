package jp.mgp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

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
import jp.mgp.i18n.Bundles;

/** Switching the language relabels everything on screen: no English word of the interface is left. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class LanguageFxTest {

    private final Scratch scratch = TestWindows.scratch();
    private Stage stage;
    private Messages messages;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        messages = new Messages(Messages.ENGLISH);
        MainWindow window = TestWindows.show(stage, messages, new ProjectionViewModel(new ProjectionEngine()), scratch);
        window.controller().open(Fixtures.DEFAULT);
    }

    @AfterEach
    void cleanUp() {
        scratch.close();
    }

    /** Every text the window shows: labels, buttons, menus and their items, tabs, table headings, the title. */
    private List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add(stage.getTitle());
        collect(stage.getScene().getRoot(), out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> menu(m, out));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getText).forEach(out::add);
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().stream().map(TableColumnBase::getText).forEach(out::add);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static void menu(MenuItem item, List<String> out) {
        out.add(item.getText());
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> menu(i, out));
        }
    }

    /** The English interface words: the literal parts, four letters or longer, of every string that differs. */
    private static Set<String> englishWords() {
        // Through Bundles: ResourceBundle.getBundle would answer English with Japanese on a Japanese machine.
        ResourceBundle en = Bundles.get("jp.mgp.ui.messages", Messages.ENGLISH);
        ResourceBundle ja = Bundles.get("jp.mgp.ui.messages", Messages.JAPANESE);
        Set<String> words = new TreeSet<>();
        for (String key : en.keySet()) {
            if (!en.getString(key).equals(ja.getString(key))) {
                for (String part : en.getString(key).split("\\{\\d+}")) {
                    if (part.trim().length() >= 4) {
                        words.add(part.trim());
                    }
                }
            }
        }
        return words;
    }

    @Test
    void everyVisibleLabelFollowsTheLanguage(FxRobot robot) {
        List<String> before = texts();
        assertThat(before).contains("File", "Edit", "Scenario", "Series", "Growth", "Export\u2026");
        robot.interact(() -> messages.localeProperty().set(Messages.JAPANESE));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = texts();
        assertThat(after).contains("ファイル", "編集", "シナリオ", "系列", "成長の規則", "書き出し…", "年");
        Set<String> english = englishWords();
        List<String> leftovers = after.stream().filter(t -> t != null
                && english.stream().anyMatch(t::contains)).toList();
        assertThat(leftovers).as("English interface text after switching to Japanese").isEmpty();
        assertThat(after).contains("バーティカルAI市場（世界）", "AI・ロボット市場の規模（世界）");

        robot.interact(() -> messages.localeProperty().set(Messages.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).contains("File", "Vertical AI market (global)");
    }
}
