package nl.profielwijzer.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

import nl.profielwijzer.advice.TreeLayout;
import nl.profielwijzer.ui.theme.Styles;

/**
 * The drawing of a tree map: questions as boxes with their text, outcomes as boxes in the verdict's colours with
 * the verdict word, arrows with the option's label; the user's path thicker and the current node marked "You are
 * here". Every box takes the keyboard focus and has its full text as tooltip and accessible text.
 */
final class TreeMapDrawing extends Pane {
    /** Room around the layout, for the "you are here" mark above the top row. */
    static final double MARGIN = 32;
    private static final double LABEL_WIDTH = 150;
    private static final double ARROW = 7;
    /**
     * Where along the first segment of its edge a label may go (0 at the parent, 1 at the next layer), in order
     * of preference: the first place where it covers no box and no other label wins.
     */
    private static final double[] LABEL_PLACES = {0.5, 0.66, 0.34, 0.8, 0.22, 0.9, 0.1};
    private static final double LABEL_GAP = 3;
    /** Sideways moves tried when no place on the edge itself is free, in label widths. */
    private static final double[] SHIFTS = {0, 0.5, -0.5, 1, -1, 1.5, -1.5};

    private final List<Label> edgeLabels = new ArrayList<>();
    private final List<Node> boxes = new ArrayList<>();
    private final List<BoundingBox> boxAreas = new ArrayList<>();
    private Node currentBox;

    TreeMapDrawing(TreeMapViewModel model, String hereText) {
        getStyleClass().add(Styles.MAP_DRAWING);
        setId("map-drawing");
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(model.summary());
        double width = model.width() + 2 * MARGIN;
        double height = model.height() + 2 * MARGIN;
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        for (TreeMapViewModel.MapEdge edge : model.edges()) {
            getChildren().addAll(line(edge), arrowHead(edge));
        }
        for (TreeMapViewModel.MapEdge edge : model.edges()) {
            getChildren().add(edgeLabel(edge));
        }
        List<TreeMapViewModel.MapNode> reading = new ArrayList<>(model.nodes());
        reading.sort(Comparator.comparingInt((TreeMapViewModel.MapNode n) -> n.place().layer())
                .thenComparingInt(n -> n.place().order()));
        for (TreeMapViewModel.MapNode node : reading) {
            Node box = box(node);
            boxes.add(box);
            TreeLayout.PlacedNode place = node.place();
            boxAreas.add(new BoundingBox(place.x() + MARGIN, place.y() + MARGIN, place.width(), place.height()));
            getChildren().add(box);
            if (node.current()) {
                currentBox = box;
                getChildren().add(hereMark(node, hereText));
            }
        }
    }

    /** The boxes in reading order (layer by layer, left to right), for the keyboard. */
    List<Node> boxes() {
        return boxes;
    }

    /** The box of the node on screen in the main window. */
    Node currentBox() {
        return currentBox;
    }

    private static Polyline line(TreeMapViewModel.MapEdge edge) {
        Polyline line = new Polyline();
        for (TreeLayout.Point p : edge.place().points()) {
            line.getPoints().addAll(p.x() + MARGIN, p.y() + MARGIN);
        }
        line.getStyleClass().add(Styles.MAP_EDGE);
        if (edge.chosen()) {
            line.getStyleClass().add(Styles.MAP_CHOSEN);
        }
        line.setId("map-edge-" + edge.id());
        line.setUserData(edge.chosen());
        return line;
    }

    /** A small triangle at the end of the last segment, pointing along it. */
    private static Polygon arrowHead(TreeMapViewModel.MapEdge edge) {
        List<TreeLayout.Point> points = edge.place().points();
        TreeLayout.Point from = points.get(points.size() - 2);
        TreeLayout.Point to = points.get(points.size() - 1);
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double size = edge.chosen() ? ARROW * 1.5 : ARROW;
        double tipX = to.x() + MARGIN;
        double tipY = to.y() + MARGIN;
        Polygon head = new Polygon(tipX, tipY,
                tipX - size * Math.cos(angle - 0.45), tipY - size * Math.sin(angle - 0.45),
                tipX - size * Math.cos(angle + 0.45), tipY - size * Math.sin(angle + 0.45));
        head.getStyleClass().add(Styles.MAP_ARROW);
        if (edge.chosen()) {
            head.getStyleClass().add(Styles.MAP_CHOSEN);
        }
        head.setMouseTransparent(true);
        return head;
    }

    private Label edgeLabel(TreeMapViewModel.MapEdge edge) {
        Label label = new Label(edge.label());
        label.setMnemonicParsing(false);
        label.getStyleClass().add(Styles.MAP_EDGE_LABEL);
        if (edge.chosen()) {
            label.getStyleClass().add(Styles.MAP_CHOSEN);
        }
        label.setId("map-label-" + edge.id());
        // A long label wraps (two lines) instead of being cut off.
        label.setWrapText(true);
        label.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        label.setMaxWidth(LABEL_WIDTH);
        label.setTooltip(new Tooltip(edge.label()));
        List<TreeLayout.Point> points = edge.place().points();
        double[] polyline = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            polyline[2 * i] = points.get(i).x() + MARGIN;
            polyline[2 * i + 1] = points.get(i).y() + MARGIN;
        }
        label.getProperties().put(Styles.MAP_EDGE_LABEL, polyline);
        // The labels of the path are placed first, so they get the best places.
        edgeLabels.add(edge.chosen() ? 0 : edgeLabels.size(), label);
        return label;
    }

    private static VBox box(TreeMapViewModel.MapNode node) {
        TreeLayout.PlacedNode place = node.place();
        VBox box = new VBox();
        box.getStyleClass().add(Styles.MAP_NODE);
        box.setId("map-node-" + node.id());
        if (node.isOutcome()) {
            box.getStyleClass().addAll(Styles.MAP_OUTCOME, Styles.verdictClass(node.verdict()));
            Label word = new Label(node.verdictWord());
            word.getStyleClass().add(Styles.MAP_VERDICT);
            word.setMnemonicParsing(false);
            word.setWrapText(true);
            word.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(word);
        } else {
            box.getStyleClass().add(Styles.MAP_QUESTION);
        }
        Label text = new Label(node.text());
        text.setMnemonicParsing(false);
        text.setWrapText(true);
        text.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        text.getStyleClass().add(Styles.MAP_TEXT);
        box.getChildren().add(text);
        if (node.onPath()) {
            box.getStyleClass().add(Styles.MAP_ON_PATH);
        }
        if (node.current()) {
            box.getStyleClass().add(Styles.MAP_CURRENT);
        }
        box.setAlignment(node.isOutcome() ? Pos.TOP_LEFT : Pos.CENTER_LEFT);
        box.setMinSize(place.width(), place.height());
        box.setPrefSize(place.width(), place.height());
        box.setMaxSize(place.width(), place.height());
        box.relocate(place.x() + MARGIN, place.y() + MARGIN);
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(node.details());
        Tooltip.install(box, new Tooltip(node.details()));
        box.setUserData(node);
        return box;
    }

    /**
     * A label's area, with a small gap around it, centred at {@code t} along segment {@code i} of the polyline,
     * moved sideways by {@code shift} label widths.
     */
    private static Bounds centredAt(double[] polyline, int i, double t, double shift, double w, double h) {
        double x = polyline[2 * i] + (polyline[2 * i + 2] - polyline[2 * i]) * t + shift * (w + LABEL_GAP);
        double y = polyline[2 * i + 1] + (polyline[2 * i + 3] - polyline[2 * i + 1]) * t;
        return new BoundingBox(x - w / 2 - LABEL_GAP, y - h / 2 - LABEL_GAP, w + 2 * LABEL_GAP, h + 2 * LABEL_GAP);
    }

    /**
     * Where a label goes: on its own edge, the first place that covers no box and no label placed before it;
     * tried along each segment (see {@link #LABEL_PLACES}), then half a label to either side. When every place is
     * taken, the one that covers the fewest others.
     */
    private static Bounds place(double[] polyline, double w, double h, List<Bounds> taken) {
        Bounds best = null;
        long fewest = Long.MAX_VALUE;
        for (double shift : SHIFTS) {
            for (int i = 0; i + 1 < polyline.length / 2; i++) {
                for (double t : LABEL_PLACES) {
                    Bounds tried = centredAt(polyline, i, t, shift, w, h);
                    long covered = taken.stream().filter(tried::intersects).count();
                    if (covered == 0) {
                        return tried;
                    }
                    if (covered < fewest) {
                        fewest = covered;
                        best = tried;
                    }
                }
            }
        }
        return best;
    }

    private static Label hereMark(TreeMapViewModel.MapNode node, String text) {
        Label here = new Label(text);
        here.setId("map-here");
        here.getStyleClass().add(Styles.MAP_HERE);
        here.setMouseTransparent(true);
        here.getProperties().put(Styles.MAP_HERE, new double[] {node.place().x() + MARGIN,
                node.place().y() + MARGIN});
        return here;
    }

    /** Each edge label where {@link #place} puts it; "you are here" just above its box's top left corner. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<Bounds> taken = new ArrayList<>(boxAreas);
        for (Label label : edgeLabels) {
            double[] polyline = (double[]) label.getProperties().get(Styles.MAP_EDGE_LABEL);
            double w = Math.min(LABEL_WIDTH, label.prefWidth(-1));
            double h = label.prefHeight(w);
            Bounds place = place(polyline, w, h, taken);
            taken.add(place);
            label.resizeRelocate(place.getMinX() + LABEL_GAP, place.getMinY() + LABEL_GAP, w, h);
        }
        for (Node child : getChildren()) {
            if (child instanceof Label here && here.getProperties().get(Styles.MAP_HERE) instanceof double[] at) {
                double w = here.prefWidth(-1);
                double h = here.prefHeight(w);
                here.resizeRelocate(at[0], at[1] - h - 2, w, h);
            }
        }
    }
}
