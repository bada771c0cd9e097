package nl.profielwijzer.engine;

/**
 * Honest progress: how many questions are answered on the path, and the fewest and most questions that can
 * still come before an outcome (both 0 once there is an outcome).
 */
public record Progress(int answered, int fewestToGo, int mostToGo) {
}
