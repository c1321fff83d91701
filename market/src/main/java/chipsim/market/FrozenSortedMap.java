package chipsim.market;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An unmodifiable copy of a map with string keys that iterates in key order, as a TreeMap does,
 * and looks keys up by hash. The public state, the rules and the agents' parameters are read by
 * key many times a quarter; a TreeMap look-up compares strings down its tree (chip ids and
 * parameter names share long prefixes), a hash look-up of a string hashes it once (its hash is
 * cached) and compares one. Equality, hash code, text and order are the TreeMap's.
 */
public final class FrozenSortedMap<V> extends TreeMap<String, V> {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, V> index;

    private FrozenSortedMap(Map<String, ? extends V> source) {
        super(source);
        this.index = new HashMap<>(source);
    }

    /** The copy, behind {@link Collections#unmodifiableSortedMap} so that nothing changes it after the index is made. */
    public static <V> SortedMap<String, V> copyOf(Map<String, ? extends V> source) {
        return Collections.unmodifiableSortedMap(new FrozenSortedMap<V>(source));
    }

    @Override
    public V get(Object key) {
        return index.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return index.containsKey(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return index.getOrDefault(key, defaultValue);
    }
}
