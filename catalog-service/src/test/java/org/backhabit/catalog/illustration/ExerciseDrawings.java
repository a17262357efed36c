package org.backhabit.catalog.illustration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exercise illustrations the catalog ships ({@code seed/media/<slug>.svg}): for each exercise
 * a start and an end position, each a stick figure described by a few angles and reach targets,
 * with the props it uses. Describing poses instead of hand-editing SVG keeps 35 figures in one
 * consistent style. Regenerate the files after a change with
 * {@code java catalog-service/src/test/java/org/backhabit/catalog/illustration/ExerciseDrawings.java catalog-service/src/main/resources/seed/media};
 * {@code IllustrationsAreCurrentTest} fails while they differ from this description.
 */
public final class ExerciseDrawings {

    static final int PANEL = 200;
    static final int HEIGHT = 220;
    static final double FLOOR = 205;

    private ExerciseDrawings() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "catalog-service/src/main/resources/seed/media");
        Files.createDirectories(dir);
        for (Map.Entry<String, String> drawing : all().entrySet()) {
            Files.writeString(dir.resolve(drawing.getKey() + ".svg"), drawing.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every drawing by exercise slug, rendered as SVG text. */
    public static Map<String, String> all() {
        Map<String, String> svg = new LinkedHashMap<>();
        drawings().forEach((slug, panels) -> svg.put(slug, render(panels[0], panels[1])));
        return svg;
    }

    // ---------------------------------------------------------------- the exercises

    static Map<String, Panel[]> drawings() {
        Map<String, Panel[]> d = new LinkedHashMap<>();
        d.put("shoulder-rolls", pair(
                front(standing()),
                front(standing()).shrug(9).with(circleArrow(78, 66, 12), circleArrow(122, 66, 12))));
        d.put("arm-circles", pair(
                front(standing()),
                front(standing()).armA(angles(-90, -90)).armB(angles(90, 90))
                        .with(circleArrow(36, 81, 9), circleArrow(164, 81, 9))));
        d.put("neck-tilts", pair(
                front(standing()),
                front(standing()).head(-28).with(arrow(v(96, 44), v(80, 52), -0.4))));
        d.put("chin-tucks", pair(
                seated().head(22).headShift(6).armA(reach(v(118, 165), -1)).armB(reach(v(116, 165), -1)).with(chair()),
                seated().head(-4).headShift(0).armA(reach(v(118, 165), -1)).armB(reach(v(116, 165), -1)).with(chair(),
                        arrow(v(118, 58), v(104, 58), 0))));
        d.put("cat-cow", pair(
                allFours().curve(-9).head(110).with(mat()),
                allFours().curve(12).head(150).with(mat(), arrow(v(82, 120), v(90, 104), 0.2))));
        d.put("seated-spinal-twist", pair(
                frontSeated().with(frontChair()),
                frontSeated().shoulderHalf(7).headShift(-5)
                        .armA(reach(v(110, 166), 1)).armB(reach(v(128, 138), -1))
                        .with(frontChair(), arrow(v(78, 104), v(122, 104), 0.35))));
        d.put("floor-spinal-twist", pair(
                front(crossLegged()).with(mat()),
                front(crossLegged()).shoulderHalf(7).headShift(-4)
                        .armA(reach(v(122, 190), 1)).armB(reach(v(60, 200), -1))
                        .with(mat(), arrow(v(78, 130), v(122, 130), 0.35))));
        d.put("thread-the-needle", pair(
                allFours().with(mat()),
                allFours().hip(v(72, 167)).torso(100).curve(3).head(170)
                        .armA(reach(v(60, 200), 1)).armB(reach(v(150, 203), -1)).with(mat())));
        d.put("childs-pose", pair(
                kneelingOnHeels().with(mat()),
                kneelingOnHeels().torso(76).curve(7).head(104)
                        .armA(reach(v(180, 201), 1)).armB(reach(v(178, 201), 1)).with(mat())));
        d.put("clasped-hands-chest-opener", pair(
                standing().armA(reach(v(84, 140), 1)).armB(reach(v(86, 140), 1)),
                standing().curve(-5).head(-6).armA(reach(v(62, 128), 1)).armB(reach(v(64, 128), 1))
                        .with(arrow(v(116, 78), v(122, 70), 0))));
        d.put("doorway-chest-stretch", pair(
                standing().hip(v(96, 133)).armA(angles(-95, 0)).armB(angles(-95, 0)).with(doorFrame(104)),
                standing().hip(v(116, 133)).torso(12).legA(reach(v(142, 205), 1)).legB(reach(v(100, 205), 1))
                        .armA(reach(v(104, 58), -1)).armB(reach(v(102, 58), -1)).with(doorFrame(104))));
        d.put("chair-thoracic-extension", pair(
                seated().armA(reach(v(80, 96), 1)).armB(reach(v(82, 96), 1)).with(chair()),
                seated().torso(-16).curve(-8).head(-40).armA(reach(v(56, 100), 1)).armB(reach(v(58, 100), 1))
                        .with(chair(), arrow(v(102, 70), v(84, 74), 0.3))));
        d.put("foam-roller-thoracic-extension", pair(
                supineBentKnees().torso(-66).curve(-6).head(-50).armA(reach(v(62, 166), 1)).armB(reach(v(64, 166), 1))
                        .with(mat(), roller(v(100, 192))),
                supineBentKnees().torso(-84).curve(-28).head(-100).armA(reach(v(54, 186), 1)).armB(reach(v(56, 186), 1))
                        .with(mat(), roller(v(100, 192)), arrow(v(70, 160), v(56, 172), -0.3))));
        d.put("upper-trapezius-stretch", pair(
                frontSeated().armB(reach(v(124, 172), -1)).with(frontChair()),
                frontSeated().head(-26).armA(reach(v(86, 86), 1)).armB(reach(v(124, 172), -1)).with(frontChair())));
        d.put("cross-body-shoulder-stretch", pair(
                front(standing()),
                front(standing()).armA(angles(112, 100)).armB(reach(v(74, 92), 1))));
        d.put("seated-rhomboid-stretch", pair(
                seated().armA(angles(105, -75)).armB(angles(103, -77)).with(chair()),
                seated().torso(62).curve(10).head(150).armA(angles(155, -30)).armB(angles(153, -32))
                        .with(chair())));
        d.put("cobra", pair(
                prone().with(mat()),
                prone().torso(70).head(55).armA(reach(v(128, 203), -1)).armB(reach(v(126, 203), -1))
                        .with(mat(), arrow(v(150, 150), v(150, 130), 0))));
        d.put("downward-dog", pair(
                allFours().with(mat()),
                allFours().hip(v(80, 140)).torso(130).head(160)
                        .armA(reach(v(158, 203), 1)).armB(reach(v(156, 203), 1))
                        .legA(reach(v(46, 203), 1)).legB(reach(v(44, 203), 1)).kneeling(false).with(mat())));
        d.put("shoulder-blade-squeezes", pair(
                standing().curve(3).armA(angles(185, 175)).armB(angles(185, 175)),
                standing().curve(-2).armA(angles(205, 130)).armB(angles(205, 130))
                        .with(arrow(v(104, 96), v(86, 96), 0))));
        d.put("wall-angels", pair(
                front(standing()).armA(angles(-90, 0)).armB(angles(90, 0)).with(wallBehind()),
                front(standing()).armA(angles(-28, -10)).armB(angles(28, 10)).with(wallBehind(),
                        arrow(v(40, 60), v(58, 30), 0))));
        d.put("prone-y-t-i-raises", pair(
                overBall().with(ball(v(92, 172))),
                overBall().armA(angles(112, 112)).armB(angles(116, 116)).with(ball(v(92, 172)),
                        arrow(v(150, 170), v(166, 122), -0.3))));
        d.put("resistance-band-row", pair(
                standing().armA(angles(90, 90)).armB(angles(92, 92)).with(post(190), bandFromHands(v(190, 88))),
                standing().armA(angles(200, 80)).armB(angles(202, 82)).with(post(190), bandFromHands(v(190, 88)),
                        arrow(v(150, 76), v(124, 76), 0))));
        d.put("single-arm-dumbbell-row", pair(
                hinged().armA(angles(180, 180)).with(chairSeatAhead(), dumbbellInHandA()),
                hinged().armA(angles(-100, 180)).with(chairSeatAhead(), dumbbellInHandA(),
                        arrow(v(150, 178), v(150, 146), 0))));
        d.put("band-pull-aparts", pair(
                front(standing()).armA(reach(v(92, 86), 1)).armB(reach(v(108, 86), -1)).with(bandBetweenHands()),
                front(standing()).armA(angles(-92, -90)).armB(angles(92, 90)).with(bandBetweenHands())));
        d.put("bird-dog", pair(
                allFours().with(mat()),
                allFours().armA(angles(90, 90)).legB(angles(-90, -90)).with(mat())));
        d.put("plank", pair(
                prone().hip(v(80, 198)).torso(69).head(80).armA(angles(178, 90)).armB(angles(178, 90)).with(mat()),
                proneLifted().with(mat(), arrow(v(100, 196), v(100, 178), 0))));
        d.put("tennis-ball-wall-massage", pair(
                standing().hip(v(74, 133)).with(wallLeft(58), smallBall(v(63, 92))),
                standing().hip(v(74, 155)).legA(reach(v(86, 205), -1)).legB(reach(v(88, 205), -1))
                        .with(wallLeft(58), smallBall(v(63, 112)), arrow(v(40, 80), v(40, 112), 0))));
        d.put("foam-roll-upper-back", pair(
                bridgeOnRoller(v(110, 176)).with(mat(), roller(v(80, 192))),
                bridgeOnRoller(v(128, 176)).with(mat(), roller(v(80, 192)), arrow(v(110, 140), v(130, 140), 0))));
        d.put("foam-roll-lats", pair(
                sideLying(v(114, 196)).with(mat(), roller(v(60, 192))),
                sideLying(v(100, 196)).with(mat(), roller(v(60, 192)), arrow(v(120, 150), v(100, 150), 0))));
        d.put("cross-arm-shoulder-massage", pair(
                frontSeated().armA(reach(v(108, 116), 1)).with(frontChair()),
                frontSeated().armA(reach(v(118, 117), 1)).with(frontChair(), squeeze(v(119, 110)))));
        d.put("moist-heat-pack", pair(
                seated().armA(reach(v(128, 126), 1)).armB(reach(v(126, 126), 1)).with(chair(), packInHands(HEAT)),
                seated().with(chair(), packOnBack(HEAT))));
        d.put("cold-pack", pair(
                seated().armA(reach(v(128, 126), 1)).armB(reach(v(126, 126), 1)).with(chair(), packInHands(COLD)),
                seated().with(chair(), packOnBack(COLD))));
        d.put("diaphragmatic-breathing", pair(
                supineBentKnees().armA(reach(v(118, 184), -1)).armB(reach(v(96, 184), -1)).with(mat(), belly(0)),
                supineBentKnees().armA(reach(v(118, 176), -1)).armB(reach(v(96, 180), -1)).with(mat(), belly(7),
                        arrow(v(110, 160), v(110, 148), 0))));
        d.put("seated-posture-reset", pair(
                seated().torso(14).curve(9).head(48).armA(reach(v(124, 164), -1)).armB(reach(v(122, 164), -1)).with(chair()),
                seated().armA(reach(v(120, 164), -1)).armB(reach(v(118, 164), -1)).with(chair())));
        d.put("desk-ergonomics-check", pair(
                seated().hip(v(70, 169)).torso(18).curve(9).head(60).armA(reach(v(138, 132), 1)).armB(reach(v(136, 132), 1))
                        .with(chair(), desk(), screen(112)),
                seated().hip(v(70, 169)).armA(reach(v(102, 132), 1)).armB(reach(v(100, 132), 1))
                        .with(chair(), desk(), screen(72))));
        return d;
    }

    // ---------------------------------------------------------------- base positions (side view, facing right)

    static Figure standing() {
        return new Figure().hip(v(100, 133)).legA(angles(180, 180)).legB(angles(182, 182));
    }

    static Figure seated() {
        return new Figure().hip(v(90, 169)).legA(reach(v(126, 205), -1)).legB(reach(v(124, 205), -1))
                .armA(reach(v(112, 164), 1)).armB(reach(v(110, 164), 1));
    }

    static Figure allFours() {
        return new Figure().hip(v(70, 167)).torso(72).head(120)
                .armA(reach(v(120, 203), -1)).armB(reach(v(118, 203), -1))
                .legA(angles(180, 270)).legB(angles(180, 270)).kneeling(true);
    }

    static Figure kneelingOnHeels() {
        return new Figure().hip(v(72, 193)).torso(4).head(2).legA(angles(92, 270)).legB(angles(92, 270))
                .armA(reach(v(100, 186), 1)).armB(reach(v(98, 186), 1)).kneeling(true);
    }

    static Figure crossLegged() {
        return new Figure().hip(v(100, 196)).legA(angles(-110, 100)).legB(angles(110, -100))
                .armA(reach(v(78, 190), 1)).armB(reach(v(122, 190), -1));
    }

    static Figure supineBentKnees() {
        return new Figure().hip(v(130, 196)).torso(-90).head(-90).legA(reach(v(170, 203), -1)).legB(reach(v(168, 203), -1))
                .armA(reach(v(100, 194), -1)).armB(reach(v(98, 194), -1));
    }

    static Figure prone() {
        return new Figure().hip(v(80, 196)).torso(90).head(92).legA(angles(-90, -90)).legB(angles(-90, -90))
                .armA(reach(v(116, 202), 1)).armB(reach(v(114, 202), 1)).feetFlat(true);
    }

    static Figure proneLifted() {
        return new Figure().hip(v(84, 167)).torso(96).head(96).legA(reach(v(14, 203), 1)).legB(reach(v(12, 203), 1))
                .armA(angles(180, 90)).armB(angles(180, 90)).feetFlat(true);
    }

    static Figure overBall() {
        return new Figure().hip(v(66, 138)).torso(108).curve(10).head(112).legA(reach(v(22, 203), 1)).legB(reach(v(20, 203), 1))
                .armA(reach(v(134, 203), 1)).armB(reach(v(132, 203), 1)).feetFlat(true);
    }

    static Figure hinged() {
        return new Figure().hip(v(74, 128)).torso(82).head(100).legA(reach(v(86, 205), -1)).legB(reach(v(60, 205), -1))
                .armB(reach(v(156, 132), 1));
    }

    static Figure bridgeOnRoller(Vec hip) {
        return new Figure().hip(hip).torso(-90).head(-96).legA(reach(v(164, 203), 1)).legB(reach(v(162, 203), 1))
                .armA(reach(v(hip.x() - 28, hip.y() - 8), -1)).armB(reach(v(hip.x() - 26, hip.y() - 8), -1));
    }

    static Figure sideLying(Vec hip) {
        return new Figure().hip(hip).torso(-67).head(-60).legA(angles(94, 98)).legB(reach(v(hip.x() + 36, 203), -1))
                .armA(angles(-82, -86)).armB(reach(v(hip.x() - 30, 202), 1));
    }

    static Figure front(Figure f) {
        return f.view(View.FRONT).shoulderHalf(16);
    }

    /** Seen from the front the thighs point at the viewer, so they are drawn short. */
    static Figure frontSeated() {
        return front(new Figure()).hip(v(100, 166)).thighScale(0.12).legA(angles(180, 180)).legB(angles(180, 180))
                .armA(reach(v(86, 166), 1)).armB(reach(v(114, 166), -1));
    }

    // ---------------------------------------------------------------- geometry

    record Vec(double x, double y) {
        Vec plus(Vec o) {
            return new Vec(x + o.x, y + o.y);
        }

        Vec minus(Vec o) {
            return new Vec(x - o.x, y - o.y);
        }

        Vec times(double k) {
            return new Vec(x * k, y * k);
        }

        double length() {
            return Math.hypot(x, y);
        }

        /** Angle in degrees: 0 up, 90 right, 180 down. */
        double angle() {
            return Math.toDegrees(Math.atan2(x, -y));
        }

        static Vec polar(double degrees, double length) {
            double r = Math.toRadians(degrees);
            return new Vec(Math.sin(r) * length, -Math.cos(r) * length);
        }
    }

    static Vec v(double x, double y) {
        return new Vec(x, y);
    }

    /** A two-segment limb (arm or leg) from its root joint. */
    interface Limb {
        /** @return the middle joint and the end */
        Vec[] place(Vec root, double first, double second);
    }

    /** Both segments by their absolute direction (0 up, 90 forward, 180 down). */
    static Limb angles(double first, double second) {
        return (root, a, b) -> {
            Vec middle = root.plus(Vec.polar(first, a));
            return new Vec[] {middle, middle.plus(Vec.polar(second, b))};
        };
    }

    /** The end placed on a target; bend picks the side the middle joint goes to (1 or -1). */
    static Limb reach(Vec target, int bend) {
        return (root, a, b) -> {
            Vec toTarget = target.minus(root);
            double d = Math.max(Math.abs(a - b) + 0.5, Math.min(a + b - 0.5, toTarget.length()));
            double base = toTarget.angle();
            double offset = Math.toDegrees(Math.acos((a * a + d * d - b * b) / (2 * a * d)));
            Vec middle = root.plus(Vec.polar(base + bend * offset, a));
            return new Vec[] {middle, root.plus(Vec.polar(base, d))};
        };
    }

    enum View { SIDE, FRONT }

    /** A stick figure: torso from the hip, head on the neck, two arms and two legs. */
    static final class Figure {
        static final double TORSO = 52;
        static final double NECK = 9;
        static final double HEAD = 11;
        static final double UPPER_ARM = 28;
        static final double FOREARM = 26;
        static final double THIGH = 36;
        static final double SHIN = 36;

        View view = View.SIDE;
        Vec hip;
        double torso;
        double curve;
        double head;
        double headShift;
        double shrug;
        double shoulderHalf;
        boolean kneeling;
        boolean feetFlat;
        double thighScale = 1;
        Limb armA = angles(180, 180);
        Limb armB = angles(182, 182);
        Limb legA = angles(180, 180);
        Limb legB = angles(180, 180);
        final List<Prop> props = new ArrayList<>();

        Figure view(View value) { view = value; return this; }
        Figure hip(Vec value) { hip = value; return this; }
        Figure torso(double value) { torso = value; return this; }
        /** Positive rounds the back, negative arches it. */
        Figure curve(double value) { curve = value; return this; }
        Figure head(double value) { head = value; return this; }
        /** Moves the head forward (positive) or back along the facing direction. */
        Figure headShift(double value) { headShift = value; return this; }
        Figure shrug(double value) { shrug = value; return this; }
        Figure shoulderHalf(double value) { shoulderHalf = value; return this; }
        Figure kneeling(boolean value) { kneeling = value; return this; }
        Figure feetFlat(boolean value) { feetFlat = value; return this; }
        Figure thighScale(double value) { thighScale = value; return this; }
        Figure armA(Limb value) { armA = value; return this; }
        Figure armB(Limb value) { armB = value; return this; }
        Figure legA(Limb value) { legA = value; return this; }
        Figure legB(Limb value) { legB = value; return this; }
        Figure with(Prop... more) { props.addAll(List.of(more)); return this; }

        Vec neck() { return hip.plus(Vec.polar(torso, TORSO)); }
        Vec headCentre() {
            return neck().plus(Vec.polar(head, NECK + HEAD)).plus(Vec.polar(torso + 90, headShift));
        }
        Vec shoulder(int side) {
            Vec across = Vec.polar(torso + 90, shoulderHalf * side);
            return neck().plus(across).plus(Vec.polar(torso, 4 + shrug)).minus(Vec.polar(torso, 8));
        }
        Vec hipJoint(int side) {
            return view == View.FRONT ? hip.plus(Vec.polar(torso + 90, 9 * side)) : hip;
        }
        Vec[] arm(int side) {
            return (side < 0 ? armA : armB).place(shoulder(view == View.FRONT ? side : 0), UPPER_ARM, FOREARM);
        }
        Vec[] leg(int side) {
            return (side < 0 ? legA : legB).place(hipJoint(side), THIGH * thighScale, SHIN);
        }
    }

    /** Draws something that goes with the figure; it sees the placed figure (hands, feet). */
    interface Drawing {
        void draw(Svg svg, Figure figure);
    }

    /** Furniture and equipment go behind the figure; arrows, bands and things held over it. */
    record Prop(boolean over, Drawing drawing) {
    }

    static Prop behind(Drawing drawing) {
        return new Prop(false, drawing);
    }

    static Prop over(Drawing drawing) {
        return new Prop(true, drawing);
    }

    record Panel(Figure figure) {
    }

    static Panel[] pair(Figure start, Figure end) {
        return new Panel[] {new Panel(start), new Panel(end)};
    }

    // ---------------------------------------------------------------- props

    static final String INK = "#2f3e5c";
    static final String FAR = "#9aa8c2";
    static final String WOOD = "#b98a55";
    static final String ACCENT = "#e0773a";
    static final String MAT = "#8fc9b0";
    static final String HEAT = "#e4572e";
    static final String COLD = "#4a90d9";

    static Prop chair() {
        return behind((svg, f) -> {
            double x = f.hip.x() - 20;
            double seat = f.hip.y() + 8;
            svg.line(v(x, seat), v(x + 42, seat), WOOD, 5);
            svg.line(v(x + 2, seat), v(x + 2, FLOOR), WOOD, 4);
            svg.line(v(x + 40, seat), v(x + 40, FLOOR), WOOD, 4);
            svg.line(v(x + 2, seat), v(x - 4, seat - 58), WOOD, 5);
        });
    }

    static Prop frontChair() {
        return behind((svg, f) -> {
            double seat = f.hip.y() + 8;
            svg.line(v(f.hip.x() - 28, seat), v(f.hip.x() + 28, seat), WOOD, 5);
            svg.line(v(f.hip.x() - 25, seat), v(f.hip.x() - 25, FLOOR), WOOD, 4);
            svg.line(v(f.hip.x() + 25, seat), v(f.hip.x() + 25, FLOOR), WOOD, 4);
        });
    }

    static Prop chairSeatAhead() {
        return behind((svg, f) -> {
            svg.line(v(140, 140), v(186, 140), WOOD, 5);
            svg.line(v(143, 140), v(143, FLOOR), WOOD, 4);
            svg.line(v(183, 140), v(183, FLOOR), WOOD, 4);
            svg.line(v(183, 140), v(189, 84), WOOD, 5);
        });
    }

    static Prop desk() {
        return behind((svg, f) -> {
            svg.line(v(96, 136), v(196, 136), WOOD, 5);
            svg.line(v(190, 136), v(190, FLOOR), WOOD, 4);
        });
    }

    static Prop screen(double top) {
        return behind((svg, f) -> {
            svg.rect(v(170, top), 8, 40, INK, "#dfe7f2");
            svg.line(v(174, top + 40), v(174, 134), INK, 3);
        });
    }

    static Prop mat() {
        return behind((svg, f) -> svg.rect(v(6, FLOOR - 3), PANEL - 12, 4, "none", MAT));
    }

    static Prop wallBehind() {
        return behind((svg, f) -> svg.rect(v(20, 14), 160, FLOOR - 14, "none", "#e8e1d3"));
    }

    static Prop wallLeft(double x) {
        return behind((svg, f) -> svg.rect(v(x - 12, 10), 12, FLOOR - 10, "none", "#d9cfbd"));
    }

    static Prop doorFrame(double x) {
        return behind((svg, f) -> {
            svg.rect(v(x - 3, 18), 8, FLOOR - 18, "none", WOOD);
        });
    }

    static Prop post(double x) {
        return behind((svg, f) -> svg.rect(v(x - 4, 20), 8, FLOOR - 20, "none", WOOD));
    }

    static Prop roller(Vec centre) {
        return behind((svg, f) -> svg.circle(centre, 12, INK, "#c7b8e0"));
    }

    static Prop ball(Vec centre) {
        return behind((svg, f) -> svg.circle(centre, 32, "none", "#f2c46d"));
    }

    static Prop smallBall(Vec centre) {
        return over((svg, f) -> svg.circle(centre, 6, INK, "#d4e157"));
    }

    static Prop bandFromHands(Vec anchor) {
        return over((svg, f) -> {
            svg.line(f.arm(1)[1], anchor, "#3aa676", 3);
            svg.line(f.arm(-1)[1], anchor, "#3aa676", 3);
        });
    }

    static Prop bandBetweenHands() {
        return over((svg, f) -> svg.line(f.arm(-1)[1], f.arm(1)[1], "#3aa676", 4));
    }

    static Prop dumbbellInHandA() {
        return over((svg, f) -> {
            Vec hand = f.arm(-1)[1];
            svg.line(hand.plus(v(-9, 0)), hand.plus(v(9, 0)), INK, 3);
            svg.rect(hand.plus(v(-12, -6)), 5, 12, "none", INK);
            svg.rect(hand.plus(v(7, -6)), 5, 12, "none", INK);
        });
    }

    static Prop packInHands(String colour) {
        return over((svg, f) -> {
            Vec hand = f.arm(-1)[1];
            svg.rect(hand.plus(v(-4, -14)), 22, 14, colour, colour + "55");
        });
    }

    static Prop packOnBack(String colour) {
        return over((svg, f) -> {
            Vec upperBack = f.hip.plus(Vec.polar(f.torso, 34)).plus(v(-6, 0));
            svg.rect(upperBack.plus(v(-5, -14)), 10, 28, colour, colour + "55");
            for (int i = 0; i < 3; i++) {
                double y = upperBack.y() - 10 + i * 10;
                if (HEAT.equals(colour)) {
                    svg.path("M " + fmt(upperBack.x() - 12) + " " + fmt(y) + " q -5 -3 -10 0 q -5 3 -10 0", colour, 2);
                } else {
                    Vec star = v(upperBack.x() - 20, y);
                    for (int spoke = 0; spoke < 3; spoke++) {
                        svg.line(star.plus(Vec.polar(spoke * 60, 5)), star.minus(Vec.polar(spoke * 60, 5)), colour, 2);
                    }
                }
            }
        });
    }

    static Prop belly(double rise) {
        return over((svg, f) -> {
            Vec a = f.hip.plus(v(-4, -6));
            Vec b = f.hip.plus(v(-34, -6));
            svg.path("M " + fmt(a.x()) + " " + fmt(a.y()) + " Q " + fmt((a.x() + b.x()) / 2) + " " + fmt(a.y() - 8 - 2 * rise)
                    + " " + fmt(b.x()) + " " + fmt(b.y()), INK, 3);
        });
    }

    static Prop squeeze(Vec at) {
        return over((svg, f) -> {
            svg.path("M " + fmt(at.x() - 8) + " " + fmt(at.y() - 14) + " l 4 6", ACCENT, 2);
            svg.path("M " + fmt(at.x() + 2) + " " + fmt(at.y() - 16) + " l 0 7", ACCENT, 2);
            svg.path("M " + fmt(at.x() + 11) + " " + fmt(at.y() - 14) + " l -4 6", ACCENT, 2);
        });
    }

    /** A movement arrow; bend curves it (fraction of its length, sign picks the side). */
    static Prop arrow(Vec from, Vec to, double bend) {
        return over((svg, f) -> svg.arrow(from, to, bend));
    }

    /** A circling arrow around a point. */
    static Prop circleArrow(double x, double y, double r) {
        return over((svg, f) -> svg.circleArrow(v(x, y), r));
    }

    // ---------------------------------------------------------------- rendering

    static String render(Panel start, Panel end) {
        Svg svg = new Svg();
        svg.out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"220\" viewBox=\"0 0 400 220\">\n");
        svg.out.append("<defs><marker id=\"tip\" viewBox=\"0 0 10 10\" refX=\"6\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\">"
                + "<path d=\"M0 0 L10 5 L0 10 z\" fill=\"" + ACCENT + "\"/></marker></defs>\n");
        svg.out.append("<rect width=\"400\" height=\"220\" rx=\"12\" fill=\"#f7f4ee\"/>\n");
        panel(svg, start, 0);
        panel(svg, end, PANEL);
        svg.out.append("<line x1=\"200\" y1=\"16\" x2=\"200\" y2=\"204\" stroke=\"#d8d2c4\" stroke-width=\"2\" stroke-dasharray=\"4 6\"/>\n");
        svg.out.append("</svg>\n");
        return svg.out.toString();
    }

    private static void panel(Svg svg, Panel panel, int offset) {
        Figure f = panel.figure();
        svg.out.append("<g transform=\"translate(").append(offset).append(" 0)\">\n");
        svg.line(v(4, FLOOR + 1), v(PANEL - 4, FLOOR + 1), "#cfc6b4", 2);
        f.props.stream().filter(p -> !p.over()).forEach(p -> p.drawing().draw(svg, f));
        drawFigure(svg, f);
        f.props.stream().filter(Prop::over).forEach(p -> p.drawing().draw(svg, f));
        svg.out.append("</g>\n");
    }

    private static void drawFigure(Svg svg, Figure f) {
        boolean side = f.view == View.SIDE;
        String far = side ? FAR : INK;
        limb(svg, f.hipJoint(1), f.leg(1), far, true, f);
        limb(svg, f.shoulder(side ? 0 : 1), f.arm(1), far, false, f);
        Vec neck = f.neck();
        Vec control = f.hip.plus(neck).times(0.5).plus(Vec.polar(f.torso - 90, f.curve));
        svg.path("M " + fmt(f.hip.x()) + " " + fmt(f.hip.y()) + " Q " + fmt(control.x()) + " " + fmt(control.y())
                + " " + fmt(neck.x()) + " " + fmt(neck.y()), INK, 9);
        if (!side) {
            svg.line(f.shoulder(-1), f.shoulder(1), INK, 8);
            svg.line(f.hipJoint(-1), f.hipJoint(1), INK, 8);
        }
        Vec head = f.headCentre();
        svg.line(neck, head, INK, 6);
        svg.circle(head, Figure.HEAD, "none", INK);
        if (side) {
            Vec nose = head.plus(Vec.polar(f.head + 90, Figure.HEAD + 2));
            svg.line(head.plus(Vec.polar(f.head + 90, Figure.HEAD - 3)), nose, INK, 4);
        }
        limb(svg, f.hipJoint(-1), f.leg(-1), INK, true, f);
        limb(svg, f.shoulder(side ? 0 : -1), f.arm(-1), INK, false, f);
    }

    private static void limb(Svg svg, Vec root, Vec[] joints, String colour, boolean leg, Figure f) {
        svg.path("M " + fmt(root.x()) + " " + fmt(root.y()) + " L " + fmt(joints[0].x()) + " " + fmt(joints[0].y())
                + " L " + fmt(joints[1].x()) + " " + fmt(joints[1].y()), colour, 7);
        if (leg && f.view == View.SIDE && !f.kneeling) {
            Vec foot = joints[1];
            Vec toes = f.feetFlat ? foot.plus(Vec.polar(joints[1].minus(joints[0]).angle() + 90, 9))
                    : foot.plus(v(9, 0));
            svg.line(foot, toes, colour, 6);
        }
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Appends SVG elements. */
    static final class Svg {
        final StringBuilder out = new StringBuilder();

        void line(Vec a, Vec b, String colour, double width) {
            out.append("<line x1=\"").append(fmt(a.x())).append("\" y1=\"").append(fmt(a.y()))
                    .append("\" x2=\"").append(fmt(b.x())).append("\" y2=\"").append(fmt(b.y()))
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(fmt(width))
                    .append("\" stroke-linecap=\"round\"/>\n");
        }

        void path(String d, String colour, double width) {
            out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"").append(fmt(width)).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
        }

        void circle(Vec c, double r, String stroke, String fill) {
            out.append("<circle cx=\"").append(fmt(c.x())).append("\" cy=\"").append(fmt(c.y())).append("\" r=\"").append(fmt(r))
                    .append("\" fill=\"").append(fill).append("\"");
            if (!"none".equals(stroke)) {
                out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"2\"");
            }
            out.append("/>\n");
        }

        void rect(Vec corner, double w, double h, String stroke, String fill) {
            out.append("<rect x=\"").append(fmt(corner.x())).append("\" y=\"").append(fmt(corner.y()))
                    .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(fmt(h)).append("\" rx=\"2\" fill=\"")
                    .append(fill).append("\"");
            if (!"none".equals(stroke)) {
                out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"2\"");
            }
            out.append("/>\n");
        }

        void arrow(Vec from, Vec to, double bend) {
            Vec mid = from.plus(to).times(0.5);
            Vec d = to.minus(from);
            Vec control = mid.plus(v(-d.y() * bend, d.x() * bend));
            out.append("<path d=\"M ").append(fmt(from.x())).append(" ").append(fmt(from.y())).append(" Q ")
                    .append(fmt(control.x())).append(" ").append(fmt(control.y())).append(" ")
                    .append(fmt(to.x())).append(" ").append(fmt(to.y()))
                    .append("\" fill=\"none\" stroke=\"").append(ACCENT)
                    .append("\" stroke-width=\"3\" stroke-linecap=\"round\" marker-end=\"url(#tip)\"/>\n");
        }

        void circleArrow(Vec c, double r) {
            Vec start = c.plus(Vec.polar(-60, r));
            Vec end = c.plus(Vec.polar(210, r));
            out.append("<path d=\"M ").append(fmt(start.x())).append(" ").append(fmt(start.y()))
                    .append(" A ").append(fmt(r)).append(" ").append(fmt(r)).append(" 0 1 1 ")
                    .append(fmt(end.x())).append(" ").append(fmt(end.y()))
                    .append("\" fill=\"none\" stroke=\"").append(ACCENT)
                    .append("\" stroke-width=\"3\" stroke-linecap=\"round\" marker-end=\"url(#tip)\"/>\n");
        }
    }
}
