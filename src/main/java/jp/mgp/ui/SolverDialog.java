package jp.mgp.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import jp.mgp.edit.ProjectionEdits;
import jp.mgp.engine.Cagr;
import jp.mgp.engine.CrossingSolver;
import jp.mgp.engine.GrowthFit;
import jp.mgp.engine.ProjectionEngine;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.engine.RateSolver;
import jp.mgp.io.export.ProvenanceText;
import jp.mgp.model.LocalizedText;
import jp.mgp.model.RuleViolation;
import jp.mgp.model.Segment;
import jp.mgp.model.Series;
import jp.mgp.presentation.NumberText;

/**
 * The solvers on the selected series: CAGR between two points, the rate that reaches a value by a year, the
 * year a value is crossed, and the rate fitted to the anchors. Each shows its working; Accept writes the rate
 * into the chosen segment as the user's assumption (one undo step).
 */
public final class SolverDialog {

    enum Kind { CAGR, RATE, CROSSING, FIT }

    @FXML private Label solverLabel;
    @FXML private ComboBox<Kind> solverBox;
    @FXML private Label seriesLabel;
    @FXML private Label seriesName;
    @FXML private Label pointsLabel;
    @FXML private HBox pointsRow;
    @FXML private TextField yearA;
    @FXML private TextField valueA;
    @FXML private TextField yearB;
    @FXML private TextField valueB;
    @FXML private Label targetLabel;
    @FXML private HBox targetRow;
    @FXML private TextField targetValue;
    @FXML private Label byLabel;
    @FXML private TextField targetYear;
    @FXML private VBox problems;
    @FXML private Label segmentLabel;
    @FXML private ComboBox<Integer> segmentBox;
    @FXML private Button computeButton;
    @FXML private TextArea working;

    private final Messages messages;
    private final ProjectionViewModel model;
    private final Series series;
    private double answer = Double.NaN;
    private int answerSegment = -1;
    private final List<FieldRefusal> refusals = new ArrayList<>();

    public SolverDialog(Messages messages, ProjectionViewModel model, Series series) {
        this.messages = messages;
        this.model = model;
        this.series = series;
    }

    static void show(Messages messages, ProjectionViewModel model, Window owner) {
        ProjectionResult r = model.result();
        String id = model.selectedSeriesProperty().get();
        if (r == null || id == null || r.seriesIndex(id) < 0) {
            return;
        }
        SolverDialog form = new SolverDialog(messages, model, r.series(r.seriesIndex(id)));
        Parent root = FormDialogs.load("SolverDialog.fxml", form);
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("solver.title"));
        dialog.getDialogPane().setContent(root);
        ButtonType accept = new ButtonType(messages.get("solver.accept"), ButtonType.OK.getButtonData());
        ButtonType close = new ButtonType(messages.get("solver.close"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(accept, close);
        dialog.getDialogPane().lookupButton(accept).disableProperty().bind(form.computeButton.textProperty()
                .isEmpty().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !form.acceptable(),
                        form.working.textProperty(), form.solverBox.valueProperty(), form.segmentBox.valueProperty())));
        dialog.setResultConverter(b -> b == accept);
        dialog.showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> form.accept());
    }

    @FXML
    private void initialize() {
        Locale locale = messages.locale();
        solverLabel.setText(messages.get("solver.kind"));
        seriesLabel.setText(messages.get("solver.series"));
        pointsLabel.setText(messages.get("solver.points"));
        targetLabel.setText(messages.get("solver.target"));
        byLabel.setText(messages.get("solver.by"));
        segmentLabel.setText(messages.get("solver.segment"));
        computeButton.setText(messages.get("solver.compute"));
        seriesName.setText(series.name().get(locale) + " (" + series.unit().label(locale) + ")");
        solverBox.getItems().setAll(Kind.values());
        solverBox.setConverter(Converters.of(k -> messages.get(switch (k) {
            case CAGR -> "solver.kind.cagr";
            case RATE -> "solver.kind.rate";
            case CROSSING -> "solver.kind.crossing";
            case FIT -> "solver.kind.fit";
        })));
        ProjectionResult r = model.result();
        int s = r.seriesIndex(series.id());
        yearA.setText(Integer.toString(r.firstYear()));
        valueA.setText(plain(r.value(s, r.firstYear())));
        yearB.setText(Integer.toString(r.lastYear()));
        valueB.setText(plain(r.value(s, r.lastYear())));
        targetYear.setText(Integer.toString(r.lastYear()));
        targetValue.setText(plain(r.value(s, r.lastYear())));
        ProvenanceText words = new ProvenanceText(locale);
        for (int i = 0; i < series.segments().size(); i++) {
            if (series.segments().get(i) instanceof Segment.Compound) {
                segmentBox.getItems().add(i);
            }
        }
        segmentBox.setConverter(Converters.of(i -> {
            Segment g = series.segments().get(i);
            return g.from() + "\u2013" + g.to() + "  " + words.segment(g, series, r);
        }));
        if (!segmentBox.getItems().isEmpty()) {
            segmentBox.setValue(segmentBox.getItems().get(segmentBox.getItems().size() - 1));
        }
        solverBox.valueProperty().addListener((obs, old, now) -> {
            pointsRow.setDisable(now != Kind.CAGR);
            targetRow.setDisable(now == Kind.CAGR || now == Kind.FIT);
            targetYear.setDisable(now == Kind.CROSSING);
            segmentBox.setDisable(now == Kind.CROSSING || now == Kind.RATE);
            working.setText("");
            answer = Double.NaN;
        });
        solverBox.setValue(Kind.CAGR);
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? jp.mgp.io.export.TableCsv.plain(Math.round(v * 1e4) / 1e4) : "";
    }

    /** A typed field that is not a number (or not a whole year): refused at the field, which is named. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private double number(TextField field) throws Refused {
        OptionalDouble read = NumberText.of(messages.locale()).parse(field.getText());
        if (read.isEmpty()) {
            refuse(field, messages.get("field.notNumber", field.getText().strip()));
        }
        return read.getAsDouble();
    }

    private int year(TextField field) throws Refused {
        OptionalDouble read = NumberText.year(messages.locale()).parse(field.getText());
        if (read.isEmpty() || read.getAsDouble() != Math.rint(read.getAsDouble())
                || Math.abs(read.getAsDouble()) > 1e6) {
            refuse(field, messages.get("field.notYear", field.getText().strip()));
        }
        return (int) read.getAsDouble();
    }

    private void refuse(TextField field, String reason) throws Refused {
        Label row = field.getParent() == targetRow ? targetLabel : pointsLabel;
        String place = series.name().get(messages.locale()) + ", " + row.getText();
        FieldRefusal refusal = new FieldRefusal(field, "problem-" + field.getId());
        refusals.add(refusal);
        problems.getChildren().add(refusal.message());
        refusal.refuse(messages.get("field.at", place, reason));
        throw new Refused();
    }

    private void clearRefusals() {
        refusals.forEach(FieldRefusal::clear);
        refusals.clear();
        problems.getChildren().clear();
    }

    @FXML
    void compute() {
        answer = Double.NaN;
        clearRefusals();
        Locale locale = messages.locale();
        ProvenanceText words = new ProvenanceText(locale);
        try {
            switch (solverBox.getValue()) {
                case CAGR -> {
                    int y0 = year(yearA);
                    int y1 = year(yearB);
                    double v0 = number(valueA);
                    double v1 = number(valueB);
                    answer = Cagr.between(y0, v0, y1, v1);
                    working.setText(messages.get("solver.working.cagr", plain(v1), plain(v0), Integer.toString(y1 - y0),
                            words.rate(answer)));
                }
                case RATE -> {
                    RateSolver.Solution sol = new RateSolver(new ProjectionEngine()).solve(model.projection(),
                            model.scenarioProperty().get(), series.id(), number(targetValue), year(targetYear));
                    answer = sol.after();
                    answerSegment = sol.parameter().equals("rate") ? sol.segmentIndex() : -1;
                    working.setText(messages.get("solver.working.rate", sol.segment().from() + "\u2013"
                            + sol.segment().to(), sol.parameter().equals("rate") ? words.rate(sol.before())
                            : plain(sol.before()), sol.parameter().equals("rate") ? words.rate(sol.after())
                            : plain(sol.after()), Integer.toString(sol.year()), plain(sol.reached())));
                }
                case CROSSING -> {
                    ProjectionResult r = model.result();
                    double v = number(targetValue);
                    OptionalDouble year = CrossingSolver.firstCrossing(r, r.seriesIndex(series.id()), v);
                    working.setText(year.isPresent()
                            ? messages.get("solver.working.crossing", plain(v), String.format(Locale.ROOT, "%.1f",
                            year.getAsDouble())) : messages.get("solver.working.noCrossing", plain(v)));
                }
                case FIT -> {
                    GrowthFit.RateFit fit = GrowthFit.fitRate(series);
                    answer = fit.rate();
                    working.setText(messages.get("solver.working.fit", fit.points(), words.rate(fit.rate()),
                            String.format(Locale.ROOT, "%.4f", fit.rSquared())));
                }
                default -> throw new IllegalStateException();
            }
        } catch (Refused e) {
            working.setText("");
        } catch (IllegalArgumentException e) {
            // The engine's refusal in the user's language when it says why, else a plain one naming the series.
            working.setText(e instanceof RuleViolation v ? v.message(locale)
                    : messages.get("solver.refused", series.name().get(locale)));
        }
    }

    /** The segment the answer goes into: the solver's own for "rate to reach", else the one chosen. */
    private int target() {
        if (solverBox.getValue() == Kind.RATE) {
            return answerSegment;
        }
        return segmentBox.getValue() == null ? -1 : segmentBox.getValue();
    }

    boolean acceptable() {
        return Double.isFinite(answer) && target() >= 0 && solverBox.getValue() != Kind.CROSSING;
    }

    void accept() {
        answerSegment = target();
        ProjectionResult r = model.result();
        LocalizedText was = EditorSupport.wasText(r.series(r.seriesIndex(series.id())), answerSegment, r);
        String work = working.getText().replace('\n', ' ');
        LocalizedText why = messages.both("edit.whySolver", new LocalizedText(was.ja() + "。" + work,
                was.en() + ". " + work));
        model.edit(messages.get("edit.solver", series.name().get(messages.locale())), p -> ProjectionEdits
                .setParameter(p, model.scenarioProperty().get(), series.id(), answerSegment, "rate", answer, why));
    }
}
