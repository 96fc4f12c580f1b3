package jp.mgp.ui;

import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import jp.mgp.io.json.InvalidProjectionException;
import jp.mgp.model.RuleViolation;

/**
 * The window's one owner of background work. Every task runs on one ordered executor, so files are written in
 * the order they were asked for (a save, a recovery copy and its removal never overtake one another); while any
 * task runs, the status bar says what and shows progress; a failure is told in the user's language and logged;
 * and a result that comes back after its document was replaced (New, Open, Revert) is not applied to the one
 * shown now: each task carries the identity of the document it was started for.
 *
 * <p>All methods are called on the FX thread; the executor is the application's single {@code mgp-io} thread
 * (tests pass the same kind of executor, never a same-thread one, so the ordering is what is tested).
 */
final class BackgroundWork {

    private static final System.Logger LOG = System.getLogger(BackgroundWork.class.getName());

    private final Executor io;
    private final LongSupplier document;
    private final Messages messages;
    /** Tasks queued or running, oldest first, each with what it does in words. */
    private final ObservableList<Job> running = FXCollections.observableArrayList(
            j -> new javafx.beans.Observable[] {j.task().messageProperty(), j.task().progressProperty()});

    private record Job(String what, Task<?> task) {
    }

    /**
     * @param io       runs one task at a time, in the order given
     * @param document the identity of the document now shown ({@link ProjectionViewModel#document()})
     */
    BackgroundWork(Executor io, LongSupplier document, Messages messages) {
        this.io = io;
        this.document = document;
        this.messages = messages;
    }

    /**
     * Runs {@code task}; on success hands its value to {@code onResult} only if the document it was started for is
     * still shown (otherwise the result is logged and dropped); on failure logs it and hands it to
     * {@code onFailure}, whatever document is shown (a failed save must be told even after New).
     */
    <T> Task<T> run(String what, Task<T> task, Consumer<? super T> onResult, Consumer<Throwable> onFailure) {
        return run(what, task, true, onResult, onFailure);
    }

    /** As {@link #run}, for a result that holds whatever document is shown by then (an export's files written). */
    <T> Task<T> runForAnyDocument(String what, Task<T> task, Consumer<? super T> onResult,
                                  Consumer<Throwable> onFailure) {
        return run(what, task, false, onResult, onFailure);
    }

    private <T> Task<T> run(String what, Task<T> task, boolean sameDocument, Consumer<? super T> onResult,
                            Consumer<Throwable> onFailure) {
        long startedFor = document.getAsLong();
        Job job = new Job(what, task);
        running.add(job);
        task.setOnSucceeded(e -> {
            running.remove(job);
            if (!sameDocument || startedFor == document.getAsLong()) {
                onResult.accept(task.getValue());
            } else {
                LOG.log(Level.INFO, "\"{0}\" finished after its document was closed; its result is not applied",
                        what);
            }
        });
        task.setOnFailed(e -> {
            running.remove(job);
            LOG.log(Level.WARNING, "\"" + what + "\" failed", task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> running.remove(job));
        io.execute(task);
        return task;
    }

    /**
     * Queues file work whose failure the user need not hear of (the recovery copy, a safety net): it runs in order
     * with the saves, and a failure is logged.
     */
    void quietly(String what, IoWork work) {
        io.execute(() -> {
            try {
                work.run();
            } catch (java.io.IOException | RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed", e);
            }
        });
    }

    /** File work for {@link #quietly}. */
    @FunctionalInterface
    interface IoWork {
        void run() throws java.io.IOException;
    }

    /**
     * Waits, keeping the window responsive, until {@code task} has finished and its result has been applied; for
     * a question that must know how a save went before it goes on. True when it succeeded.
     */
    static boolean await(Task<?> task) {
        if (!task.isDone() && !Platform.canStartNestedEventLoop()) {
            // Asked in the middle of a frame (never from a menu or a close request): the save goes on queued,
            // and the question is answered "not yet", as if cancelled.
            LOG.log(Level.WARNING, "cannot wait for a save here; it stays queued and nothing else goes on");
            return false;
        }
        if (!task.isDone()) {
            Object key = new Object();
            task.stateProperty().addListener((obs, old, now) -> {
                if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                    // After this event's handlers (the result applied), not inside them.
                    Platform.runLater(() -> Platform.exitNestedEventLoop(key, null));
                }
            });
            Platform.enterNestedEventLoop(key);
        }
        return task.getState() == Worker.State.SUCCEEDED;
    }

    /** Whether any task is running or waiting. */
    BooleanBinding busy() {
        return Bindings.isNotEmpty(running);
    }

    /** How many tasks are running or waiting. */
    int count() {
        return running.size();
    }

    /**
     * What the task at the head of the queue (the one running) is doing: its own message, else what it was
     * started as, and how many wait behind it; empty when idle.
     */
    StringBinding doing() {
        return Bindings.createStringBinding(() -> {
            if (running.isEmpty()) {
                return "";
            }
            Job head = running.get(0);
            String message = head.task().getMessage();
            String said = message == null || message.isEmpty() ? head.what() : message;
            return running.size() == 1 ? said : messages.get("work.more", said, running.size() - 1);
        }, running, messages.localeProperty());
    }

    /** For a progress bar: 0 when idle (hidden), the running task's fraction when it knows it, else indeterminate. */
    DoubleBinding progress() {
        return Bindings.createDoubleBinding(() -> running.isEmpty() ? 0
                : Math.max(-1, running.get(0).task().getProgress()), running);
    }

    /**
     * The problem in words for the user, the one place an exception's own text is shown: a file's problems as the
     * reader words them, a refused value in the window's language, otherwise the system's description.
     */
    String problem(Throwable error) {
        if (error instanceof RuleViolation refused) {
            return refused.message(messages.locale());
        }
        if (error instanceof InvalidProjectionException invalid) {
            return invalid.message(messages.locale());
        }
        // The system's words for a file it could not reach are English; the usual ones are said here instead.
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoSuchFileException missing && missing.getFile() != null) {
                Path file = Path.of(missing.getFile());
                Path folder = file.toAbsolutePath().getParent();
                return folder != null && !Files.isDirectory(folder) ? messages.get("error.io.noFolder", folder)
                        : messages.get("error.io.noFile", file);
            }
            if (cause instanceof AccessDeniedException denied && denied.getFile() != null) {
                return messages.get("error.io.denied", denied.getFile());
            }
            if (cause instanceof FileSystemException other && other.getFile() != null && other.getReason() != null) {
                return messages.get("error.io.other", other.getFile(), other.getReason());
            }
        }
        String said = error.getMessage();
        return said == null || said.isBlank() ? messages.get("error.unknown") : said;
    }
}
