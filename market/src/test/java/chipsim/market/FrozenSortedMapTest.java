package chipsim.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FrozenSortedMapTest {

    private static Map<String, Double> unordered() {
        Map<String, Double> source = new HashMap<>();
        source.put("H20", 1.0);
        source.put("B30A", 2.0);
        source.put("H200", null);
        source.put("Ascend-910C", 3.0);
        return source;
    }

    @Test
    void iteratesEqualsAndPrintsAsTheTreeMapDoes() {
        TreeMap<String, Double> tree = new TreeMap<>(unordered());
        SortedMap<String, Double> frozen = FrozenSortedMap.copyOf(unordered());
        assertEquals(new ArrayList<>(tree.keySet()), new ArrayList<>(frozen.keySet()));
        assertEquals(List.of("Ascend-910C", "B30A", "H20", "H200"), new ArrayList<>(frozen.keySet()));
        assertEquals(tree, frozen);
        assertEquals(frozen, tree);
        assertEquals(tree.hashCode(), frozen.hashCode());
        assertEquals(tree.toString(), frozen.toString());
        assertEquals(tree.firstKey(), frozen.firstKey());
        assertEquals(tree.headMap("H20"), frozen.headMap("H20"));
        assertEquals(tree, new TreeMap<>(frozen));
    }

    @Test
    void looksUpAsTheTreeMapDoes() {
        SortedMap<String, Double> frozen = FrozenSortedMap.copyOf(unordered());
        assertEquals(2.0, frozen.get("B30A"));
        assertNull(frozen.get("H100"));
        assertTrue(frozen.containsKey("H200"));
        assertNull(frozen.getOrDefault("H200", 9.0), "a key mapped to null is present");
        assertEquals(9.0, frozen.getOrDefault("H100", 9.0));
        assertFalse(frozen.containsKey("H100"));
    }

    @Test
    void cannotBeChangedAfterItIsMade() {
        Map<String, Double> source = unordered();
        SortedMap<String, Double> frozen = FrozenSortedMap.copyOf(source);
        source.put("H100", 4.0);
        assertFalse(frozen.containsKey("H100"));
        assertThrows(UnsupportedOperationException.class, () -> frozen.put("H100", 4.0));
        assertThrows(UnsupportedOperationException.class, () -> frozen.remove("H20"));
        assertThrows(UnsupportedOperationException.class, () -> frozen.entrySet().iterator().next().setValue(0.0));
        assertThrows(UnsupportedOperationException.class, () -> frozen.headMap("H20").clear());
    }
}
