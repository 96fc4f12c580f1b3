package jp.mgp.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import jp.mgp.io.export.ChartRendering;
import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;

/**
 * The export form: format, which charts, language, and the options of the chosen format (a slide template and
 * pictures for PowerPoint, a pixel scale for PNG). Produces an {@link Exporter.Request}; writing is elsewhere.
 */
final class ExportDialogController {

    @FXML private Label formatLabel;
    @FXML private ComboBox<ExportFormat> formatBox;
    @FXML private Label chartsLabel;
    @FXML private RadioButton allCharts;
    @FXML private RadioButton currentChart;
    @FXML private Label languageLabel;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private Label templateLabel;
    @FXML private TextField templateField;
    @FXML private Button chooseTemplate;
    @FXML private Button clearTemplate;
    @FXML private CheckBox pictures;
    @FXML private Label scaleLabel;
    @FXML private ComboBox<Integer> scaleBox;

    private final Messages messages;
    private final String currentChartId;
    private final String currentChartTitle;
    private Path template;
    private Parent root;

    ExportDialogController(Messages messages, String currentChartId, String currentChartTitle) {
        this.messages = messages;
        this.currentChartId = currentChartId;
        this.currentChartTitle = currentChartTitle;
    }

    /**
     * The dialog, its form filled from the last request, offering the chart on screen ({@code chartId}, may be
     * null) as the only one to export; the result is the request, or null on cancel.
     */
    static Dialog<Exporter.Request> dialog(Messages messages, Window owner, Exporter.Request last, String chartId,
                                           String chartTitle, boolean onlyThisChart) {
        ExportDialogController controller = new ExportDialogController(messages, chartId, chartTitle);
        controller.root = FormDialogs.load("ExportDialog.fxml", controller);
        controller.fill(last, onlyThisChart && chartId != null);
        Dialog<Exporter.Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("export.title"));
        dialog.getDialogPane().setContent(controller.root);
        ButtonType export = new ButtonType(messages.get("export.button"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(export, cancel);
        dialog.setResultConverter(b -> b == export ? controller.request() : null);
        return dialog;
    }

    @FXML
    private void initialize() {
        formatLabel.setText(messages.get("export.format"));
        chartsLabel.setText(messages.get("export.charts"));
        allCharts.setText(messages.get("export.charts.all"));
        languageLabel.setText(messages.get("export.language"));
        templateLabel.setText(messages.get("export.template"));
        chooseTemplate.setText(messages.get("export.template.choose"));
        clearTemplate.setText(messages.get("export.template.clear"));
        pictures.setText(messages.get("export.pictures"));
        scaleLabel.setText(messages.get("export.scale"));
        templateField.setPromptText(messages.get("export.template.none"));
        formatBox.getItems().setAll(ExportFormat.values());
        formatBox.setConverter(Converters.of(f -> messages.get(formatKey(f))));
        languageBox.getItems().setAll(Messages.JAPANESE, Messages.ENGLISH);
        languageBox.setConverter(Converters.of(l -> l.equals(Messages.JAPANESE) ? "日本語" : "English"));
        scaleBox.getItems().setAll(1, 2, 3);
        scaleBox.setConverter(Converters.of(s -> s + "× (" + ChartRendering.SLIDE_WIDTH * s + " × "
                + ChartRendering.SLIDE_HEIGHT * s + ")"));
        formatBox.valueProperty().addListener((obs, old, now) -> enableOptions(now));
    }

    static String formatKey(ExportFormat f) {
        return switch (f) {
            case PPTX -> "export.format.pptx";
            case PDF -> "export.format.pdf";
            case SVG -> "export.format.svg";
            case PNG -> "export.format.png";
            case XLSX -> "export.format.xlsx";
            case CSV -> "export.format.csv";
        };
    }

    private void fill(Exporter.Request last, boolean oneChart) {
        currentChart.setText(messages.get("export.charts.current", currentChartTitle == null ? "" : currentChartTitle));
        currentChart.setDisable(currentChartId == null);
        (oneChart ? currentChart : allCharts).setSelected(true);
        formatBox.setValue(last.format());
        languageBox.setValue(Messages.supported(last.locale()));
        scaleBox.setValue((int) Math.max(1, Math.round(last.scale())));
        template = last.template();
        templateField.setText(template == null ? "" : template.toString());
        pictures.setSelected(last.picturesOnly());
        enableOptions(last.format());
    }

    private void enableOptions(ExportFormat format) {
        boolean deck = format == ExportFormat.PPTX;
        templateField.setDisable(!deck);
        chooseTemplate.setDisable(!deck);
        clearTemplate.setDisable(!deck);
        pictures.setDisable(!deck);
        scaleBox.setDisable(format != ExportFormat.PNG);
        boolean charts = format != ExportFormat.XLSX && format != ExportFormat.CSV;
        allCharts.setDisable(!charts);
        currentChart.setDisable(!charts || currentChartId == null);
    }

    Exporter.Request request() {
        List<String> charts = currentChart.isSelected() && currentChartId != null ? List.of(currentChartId) : List.of();
        return new Exporter.Request(formatBox.getValue(), charts, languageBox.getValue(), ChartRendering.SLIDE_WIDTH,
                ChartRendering.SLIDE_HEIGHT, scaleBox.getValue(), template, pictures.isSelected());
    }

    @FXML
    private void chooseTemplate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.template"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.filter.template"),
                "*.pptx", "*.potx"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            template = chosen.toPath();
            templateField.setText(template.toString());
        }
    }

    @FXML
    private void clearTemplate() {
        template = null;
        templateField.setText("");
    }
}
