package chipsim.runner.sweep;

import chipsim.runner.output.Numbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Axis values as tree nodes, written the same way in overrides, CSV cells and the resolved sweep. */
final class AxisValues {

    private AxisValues() {}

    /** Whole numbers become integers, so an integer parameter accepts them and they print without ".0". */
    static JsonNode number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return JsonNodeFactory.instance.numberNode((long) value);
        }
        return JsonNodeFactory.instance.numberNode(value);
    }

    /** The cell or override text of a value. */
    static String text(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();     // exact: a seed past 2^53 keeps its digits
        }
        if (value.isNumber()) {
            return Numbers.format(value.doubleValue());
        }
        return value.asText();
    }
}
