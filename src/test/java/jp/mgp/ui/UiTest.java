package jp.mgp.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that drives the window on headless JavaFX (TestFX on Monocle): tagged "ui", so that Maven runs these in
 * a run of their own after the unit tests, and {@code mvn test -Punit} leaves them out (pom.xml, surefire).
 * {@code UiTestsTaggedTest} checks that every test class TestFX drives carries it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ui")
@interface UiTest {
}
