package jp.mgp.ui;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.jfree.chart.fx.ChartViewer;

import jp.mgp.chart.FanBands;
import jp.mgp.chart.SureCharts;
import jp.mgp.engine.FanResult;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.engine.Simulation;
import jp.mgp.engine.SimulationMonitor;
import jp.mgp.engine.SimulationSettings;
import jp.mgp.engine.Tornado;
import jp.mgp.io.export.TornadoExport;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Series;
import jp.mgp.presentation.NumberText;

/**
 * How sure one figure is: for a chosen series and year, the histogram of the simulated paths, the chance of passing
 * a threshold the user types (e.g. physical AI above 55 兆円 in 2040), and the tornado of what moves it most.
 * It reads the fans' last simulation, or runs 10,000 paths when the fans are off.
 */
final class HowSureDialog {

    final ComboBox<String> seriesBox = new ComboBox<>();
    final Spinner<Integer> yearBox;
    final TextField threshold = new TextField();
    final Label chance = new Label();
    final ChartViewer histogram = new ChartViewer(null);
    final ChartViewer tornado = new ChartViewer(null);
    final Label saved = new Label();
    final Button saveTornado = new Button();
    private final Messages messages;
    private final ProjectionViewModel model;
    private final FanBands bands;
    private final FanResult fan;

    HowSureDialog(Messages messages, ProjectionViewModel model, FanBands bands) {
        this.messages = messages;
        this.model = model;
        this.bands = bands;
        this.fan = bands.fan();
        ProjectionResult r = model.result();
        yearBox = new Spinner<>(r.firstYear(), r.lastYear(), r.lastYear());
        seriesBox.getItems().setAll(r.effective().series().stream().map(Series::id).toList());
        seriesBox.setConverter(Converters.of(id -> r.effective().series(id).map(s -> s.name().get(messages.locale()))
                .orElse(id)));
        String selected = model.selectedSeriesProperty().get();
        seriesBox.setValue(selected != null ? selected : seriesBox.getItems().get(0));
        seriesBox.setId("sureSeries");
        yearBox.setId("sureYear");
        threshold.setId("sureThreshold");
        chance.setId("sureChance");
        seriesBox.valueProperty().addListener((o, a, b) -> update());
        yearBox.valueProperty().addListener((o, a, b) -> update());
        threshold.textProperty().addListener((o, a, b) -> update());
        update();
    }

    static void show(Messages messages, ProjectionViewModel model, FanView fans, Window owner) {
        if (model.result() == null) {
            return;
        }
        FanBands bands = fans.bandsProperty().get() != null ? fans.bandsProperty().get()
                : FanBands.of(Simulation.run(model.projection(), model.result().scenarioId(),
                SimulationSettings.of(model.projection()).withPaths(FanView.QUICK_PATHS), SimulationMonitor.NONE));
        HowSureDialog form = new HowSureDialog(messages, model, bands);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("sure.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(form.layout());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("solver.close"),
                ButtonType.CANCEL.getButtonData()));
        dialog.show();
    }

    VBox layout() {
        Label seriesLabel = new Label(messages.get("sure.series"));
        Label yearLabel = new Label(messages.get("sure.year"));
        Label thresholdLabel = new Label(messages.get("sure.threshold"));
        HBox row = new HBox(8, seriesLabel, seriesBox, yearLabel, yearBox, thresholdLabel, threshold);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        histogram.setPrefSize(760, 260);
        tornado.setPrefSize(760, 260);
        Button save = saveTornado;
        save.setText(messages.get("sure.savePicture"));
        save.setId("sureTornadoSave");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("sure.savePicture"));
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PNG", "*.png"),
                    new FileChooser.ExtensionFilter("SVG", "*.svg"));
            chooser.setInitialFileName("tornado-" + seriesBox.getValue() + "-" + yearBox.getValue() + ".png");
            java.io.File chosen = chooser.showSaveDialog(save.getScene().getWindow());
            if (chosen != null) {
                saveTornado(chosen.toPath());
            }
        });
        saved.setId("sureSaved");
        saved.getStyleClass().add("editor-note");
        HBox tornadoBar = new HBox(8, save, saved);
        tornadoBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(8, row, chance, histogram, tornado, tornadoBar);
    }

    /**
     * Writes the tornado on show to {@code out} (.png or .svg) as {@code mgp sensitivity --picture} does, and says
     * under it what became of it: where it went, or why nothing was written, in the window's language.
     */
    void saveTornado(Path out) {
        try {
            TornadoExport.write(model.projection(), model.result().scenarioId(), seriesBox.getValue(),
                    yearBox.getValue(), messages.locale(), out);
            saved.setText(messages.get("sure.saved", out.getFileName()));
        } catch (RuleViolation refused) {
            saved.setText(refused.message(messages.locale()));
        } catch (java.io.IOException failed) {
            saved.setText(messages.get("export.failed.header", out));
        }
    }

    /** Recomputes the chance, the histogram and the tornado for the choice now made. */
    void update() {
        Locale locale = messages.locale();
        String id = seriesBox.getValue();
        int s = fan.seriesIndex(id);
        int year = yearBox.getValue();
        int y = fan.yearIndex(year);
        Series series = fan.series(s);
        String name = series.name().get(locale);
        java.util.OptionalDouble limit = threshold.getText().isBlank() ? java.util.OptionalDouble.empty()
                : NumberText.of(locale).parse(threshold.getText());
        double[] paths = bands.values(id, y);
        if (limit.isPresent()) {
            double p = SureCharts.shareAbove(paths, limit.getAsDouble());
            chance.setText(messages.get("sure.chance", name, Integer.toString(year),
                    series.unit().format(limit.getAsDouble(), locale), String.format(locale, "%.1f", p * 100),
                    String.format(locale, "%,d", fan.paths())));
        } else {
            chance.setText(threshold.getText().isBlank() ? messages.get("sure.typeThreshold", series.unit().label(locale))
                    : messages.get("sure.threshold.notNumber", threshold.getText()));
        }
        try {
            showChart(histogram, SureCharts.histogram(SureCharts.bins(paths, 40), name + " " + year,
                    series.unit().label(locale), limit.orElse(Double.NaN)));
        } catch (IllegalArgumentException noValues) {
            showChart(histogram, null);
        }
        try {
            Tornado t = TornadoExport.tornado(model.projection(), model.result().scenarioId(), id, year);
            // A sourced point, or a series nothing uncertain feeds: an empty chart would say nothing; the words do.
            showChart(tornado, t.bars().isEmpty() ? null : TornadoExport.chart(model.projection(), t, locale));
            saveTornado.setDisable(t.bars().isEmpty());
            saved.setText(t.bars().isEmpty() ? messages.get("sure.tornadoNone", name, Integer.toString(year)) : "");
        } catch (RuleViolation refused) {
            showChart(tornado, null);
            saveTornado.setDisable(true);
            chance.setText(refused.message(locale));
        }
    }

    /** Shows {@code chart} in {@code viewer}, or hides the viewer when there is none (a viewer takes no null). */
    private static void showChart(ChartViewer viewer, org.jfree.chart.JFreeChart chart) {
        if (chart != null) {
            viewer.setChart(chart);
        }
        viewer.setVisible(chart != null);
        viewer.setManaged(chart != null);
    }
}
