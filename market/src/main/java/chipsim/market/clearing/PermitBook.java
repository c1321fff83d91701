package chipsim.market.clearing;

import java.util.HashMap;
import java.util.Map;

/**
 * The permits in force for one quarter's clearing: Washington's licences per (seller, chip) and
 * Beijing's import approvals per (buyer, chip). Units left are drawn down as fills are made.
 */
public final class PermitBook {

    private record Licence(long units, double revenueShare) {}

    private final Map<String, Licence> licences = new HashMap<>();
    private final Map<String, Long> licenceLeft = new HashMap<>();
    private final Map<String, Long> importLeft = new HashMap<>();

    private static String key(String party, String chipId) {
        return party + '\u0000' + chipId;
    }

    public PermitBook licence(String sellerId, String chipId, long units, double revenueShare) {
        licences.put(key(sellerId, chipId), new Licence(units, revenueShare));
        licenceLeft.put(key(sellerId, chipId), units);
        return this;
    }

    public PermitBook approveImport(String buyerId, String chipId, long units) {
        importLeft.merge(key(buyerId, chipId), units, Long::sum);
        return this;
    }

    public boolean hasLicence(String sellerId, String chipId) {
        return licences.containsKey(key(sellerId, chipId));
    }

    public long licenceLeft(String sellerId, String chipId) {
        return licenceLeft.getOrDefault(key(sellerId, chipId), 0L);
    }

    public double revenueShare(String sellerId, String chipId) {
        Licence licence = licences.get(key(sellerId, chipId));
        return licence == null ? 0.0 : licence.revenueShare();
    }

    public long importLeft(String buyerId, String chipId) {
        return importLeft.getOrDefault(key(buyerId, chipId), 0L);
    }

    void useLicence(String sellerId, String chipId, long units) {
        licenceLeft.merge(key(sellerId, chipId), -units, Long::sum);
    }

    void useImport(String buyerId, String chipId, long units) {
        importLeft.merge(key(buyerId, chipId), -units, Long::sum);
    }
}
