package jp.mgp.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.mgp.model.Projection;

/**
 * The revisions of one open projection, for undo and redo. Each edit is a command holding the projection before
 * and after (projections are immutable, so a revision costs only what changed). Edits made during a gesture,
 * such as a slider drag, fold into one step. Every state has a revision number, and the document is clean
 * exactly when the current revision is the one last saved: undoing back to it clears the unsaved marker.
 */
public final class EditHistory {

    /** One undoable step: what it was called, and the projection either side of it. */
    public record Edit(String label, Projection before, Projection after, long beforeRevision, long afterRevision) {
    }

    private final List<Edit> done = new ArrayList<>();
    private final List<Edit> undone = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Projection current;
    private long revision;
    private long nextRevision = 1;
    private long savedRevision;
    private boolean inGesture;
    private boolean gestureStarted;

    public EditHistory(Projection initial) {
        reset(initial, true);
    }

    /** Starts over on a newly opened (saved) or new (unsaved) projection. */
    public void reset(Projection projection, boolean saved) {
        done.clear();
        undone.clear();
        current = Objects.requireNonNull(projection, "projection");
        revision = nextRevision++;
        savedRevision = saved ? revision : -1;
        inGesture = false;
        fire();
    }

    public Projection current() {
        return current;
    }

    /** Records {@code after} as the new state; within a gesture, every call after the first replaces the step. */
    public void apply(String label, Projection after) {
        Objects.requireNonNull(after, "after");
        if (after.equals(current)) {
            return;
        }
        long r = nextRevision++;
        if (inGesture && gestureStarted) {
            Edit last = done.remove(done.size() - 1);
            if (after.equals(last.before())) {
                // Dragged back to where it started: no step at all, and clean again if it was.
                gestureStarted = false;
                current = after;
                revision = last.beforeRevision();
                fire();
                return;
            }
            done.add(new Edit(last.label(), last.before(), after, last.beforeRevision(), r));
        } else {
            done.add(new Edit(label, current, after, revision, r));
            gestureStarted = inGesture;
        }
        undone.clear();
        current = after;
        revision = r;
        fire();
    }

    /** Edits until {@link #endGesture()} make one step (a slider drag is one undo). */
    public void beginGesture() {
        inGesture = true;
        gestureStarted = false;
    }

    public void endGesture() {
        inGesture = false;
        gestureStarted = false;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The label of the step undo would take back, or empty. */
    public String undoLabel() {
        return done.isEmpty() ? "" : done.get(done.size() - 1).label();
    }

    public String redoLabel() {
        return undone.isEmpty() ? "" : undone.get(undone.size() - 1).label();
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        endGesture();
        Edit e = done.remove(done.size() - 1);
        undone.add(e);
        current = e.before();
        revision = e.beforeRevision();
        fire();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Edit e = undone.remove(undone.size() - 1);
        done.add(e);
        current = e.after();
        revision = e.afterRevision();
        fire();
    }

    /** Records that the current state is what the file now holds. */
    public void markSaved() {
        markSaved(revision);
    }

    /**
     * Records that revision {@code saved} is what the file now holds: a save that ran in the background while
     * the user went on editing leaves the later edits unsaved.
     */
    public void markSaved(long saved) {
        savedRevision = saved;
        fire();
    }

    public boolean isClean() {
        return revision == savedRevision;
    }

    public long revision() {
        return revision;
    }

    /** Called after every change of state, clean flag or undo availability. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
