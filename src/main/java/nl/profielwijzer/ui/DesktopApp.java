package nl.profielwijzer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the wizard lands. */
public final class DesktopApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Profielwijzer");
        stage.setScene(new Scene(new Label("Profielwijzer"), 640, 400));
        stage.show();
    }
}
