package jp.mgp.ui;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import jp.mgp.chart.ProjectionCharts;
import jp.mgp.engine.ProjectionResult;
import jp.mgp.io.export.ChartRendering;
import jp.mgp.io.export.ExportFormat;
import jp.mgp.io.export.Exporter;
import jp.mgp.model.ChartSpec;
import jp.mgp.model.Projection;

/**
 * The window's exports: the form, the file chooser, then the same {@link Exporter} the CLI uses, run on the
 * background queue ({@link BackgroundWork}, which shows it in the status bar); and copying a chart to the
 * clipboard as a slide-sized image.
 */
final class ExportActions {

    private final Messages messages;
    private final ProjectionViewModel model;
    private final BackgroundWork work;
    private final Supplier<Window> window;
    private final Alerts alerts;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Exporter.Request last;
    private Path lastFolder;
    /** Whether the window shows its fans (View → Uncertainty fans): an export then carries them too. */
    private java.util.function.BooleanSupplier fansShown = () -> false;

    ExportActions(Messages messages, ProjectionViewModel model, BackgroundWork work, Supplier<Window> window,
                  Alerts alerts) {
        this.alerts = alerts;
        this.messages = messages;
        this.model = model;
        this.work = work;
        this.window = window;
    }

    /** Exports carry the uncertainty fans while {@code shown} says the window shows them. */
    void fansFrom(java.util.function.BooleanSupplier shown) {
        fansShown = shown;
    }

    /** The last export's outcome in words, for the status bar. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Asks what to export, where to, then writes it. {@code chart} is the chart on screen (null for none), offered
     * as the only one to export, and preselected when {@code onlyThisChart}.
     */
    void exportInteractively(ChartSpec chart, boolean onlyThisChart) {
        if (model.projectionProperty().get() == null) {
            return;
        }
        Exporter.Request start = last != null ? last : Exporter.Request.of(ExportFormat.PPTX, messages.locale());
        String title = chart == null ? null : chart.title().get(messages.locale());
        ExportDialogController.dialog(messages, window.get(), start, chart == null ? null : chart.id(), title,
                        onlyThisChart)
                .showAndWait().ifPresent(request -> {
                    last = request;
                    Path target = chooseTarget(request.format());
                    if (target != null) {
                        export(request, target);
                    }
                });
    }

    private Path chooseTarget(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.choose.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get(ExportDialogController.formatKey(format)), "*." + format.extension()));
        Path file = model.fileProperty().get();
        String stem = Optional.ofNullable(file).map(Path::getFileName)
                .map(name -> name.toString().replaceFirst("\\.json$", "")).orElse("mgp");
        chooser.setInitialFileName(stem + "." + format.extension());
        Path folder = lastFolder != null ? lastFolder
                : file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent() : null;
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen == null) {
            return null;
        }
        lastFolder = chosen.toPath().toAbsolutePath().getParent();
        String name = chosen.getName();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension()) ? chosen.toPath()
                : chosen.toPath().resolveSibling(name + "." + format.extension());
    }

    /**
     * Writes {@code request} to {@code target} in the background, in order with the other file work; the returned
     * task reports how it went. What it wrote is said even if another document is open by then.
     */
    Task<List<Path>> export(Exporter.Request asked, Path target) {
        Exporter.Request request = asked.withFans(fansShown.getAsBoolean());
        Projection projection = model.projectionProperty().get();
        String scenario = model.scenarioProperty().get();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                return Exporter.export(projection, scenario, request, target);
            }
        };
        status.set("");
        // Said whichever document is open by then: the files were written all the same.
        return work.runForAnyDocument(messages.get("export.running", target.getFileName()), task, written -> status.set(messages.get("export.done",
                String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()))),
                failure -> showFailure(target, failure));
    }

    /** Asks for a deck mgp made and brings it up to date with the scenario on screen, in place. */
    void updateDeckInteractively() {
        if (model.projectionProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("update.choose.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get(ExportDialogController.formatKey(ExportFormat.PPTX)), "*.pptx"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null) {
            lastFolder = chosen.toPath().toAbsolutePath().getParent();
            updateDeck(chosen.toPath());
        }
    }

    /**
     * Updates {@code deck} in place in the background (in the deck's own language); the status bar then says which
     * charts were brought up to date, added, or are no longer in the file.
     */
    Task<Exporter.UpdateReport> updateDeck(Path deck) {
        Projection projection = model.projectionProperty().get();
        String scenario = model.scenarioProperty().get();
        Task<Exporter.UpdateReport> task = new Task<>() {
            @Override
            protected Exporter.UpdateReport call() throws Exception {
                return Exporter.update(projection, scenario, Exporter.Request.of(ExportFormat.PPTX, null), deck, deck);
            }
        };
        status.set("");
        return work.runForAnyDocument(messages.get("update.running", deck.getFileName()), task,
                report -> status.set(updated(projection, report)), failure -> showFailure(deck, failure));
    }

    /** "Updated deck.pptx: 2 charts up to date; added: …; no longer in the file, left in the deck: …" */
    private String updated(Projection projection, Exporter.UpdateReport report) {
        StringBuilder said = new StringBuilder(messages.get("update.done", report.deck().getFileName(),
                report.updated().size()));
        if (!report.added().isEmpty()) {
            said.append(messages.get("update.done.added", titles(projection, report.added())));
        }
        if (!report.gone().isEmpty()) {
            // Gone from the file, so only its id is known.
            said.append(messages.get("update.done.gone", String.join(", ", report.gone())));
        }
        return said.toString();
    }

    private String titles(Projection projection, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> projection.charts().stream().filter(c -> c.id().equals(id))
                .findFirst().map(c -> c.title().get(messages.locale())).orElse(id)).toList());
    }

    private void showFailure(Path target, Throwable error) {
        alerts.error(messages.get("export.failed.title"), messages.get("export.failed.header", target),
                work.problem(error) + "\n\n" + messages.get("export.failed.kept"));
    }

    /** Renders {@code chart} at slide size off the FX thread and puts the image on the clipboard. */
    Task<byte[]> copyToClipboard(ChartSpec chart) {
        ProjectionResult result = model.result();
        java.util.Locale locale = messages.locale();
        Task<byte[]> task = new Task<>() {
            @Override
            protected byte[] call() throws Exception {
                return ChartRendering.png(ProjectionCharts.create(chart, result, locale), ChartRendering.SLIDE_WIDTH,
                        ChartRendering.SLIDE_HEIGHT, 1);
            }
        };
        return work.run(messages.get("work.copying", chart.title().get(locale)), task, png -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(new Image(new ByteArrayInputStream(png)));
            Clipboard.getSystemClipboard().setContent(content);
            status.set(messages.get("chart.copied", chart.title().get(locale)));
        }, failure -> showFailure(Path.of(chart.id() + ".png"), failure));
    }
}
