package jp.mgp.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder replaced below. */
public final class MgpApplication extends Application {
    static void launchWith(String[] args) {
        launch(MgpApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
