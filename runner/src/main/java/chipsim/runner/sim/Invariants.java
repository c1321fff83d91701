package chipsim.runner.sim;

import chipsim.agents.Roles;
import chipsim.market.report.AgentReport;
import chipsim.market.report.FillRecord;
import chipsim.market.report.MarketReport;
import chipsim.market.report.UnitLedger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounting identities checked every quarter; any violation ends the run. Units: for every
 * holder and chip, start + produced + bought = sold + end + written off, and what an agent says it
 * sold or bought equals the market's fills. Money: what buyers paid equals what sellers kept plus
 * the fees Washington collected, and each side equals the fills. Nothing negative: stock, cash of
 * buyers and brokers, capacity, HBM, dies.
 */
final class Invariants {

    private static final List<String> NON_NEGATIVE = List.of("hbmStacks", "dieStock", "capacityWafers",
            "packagingUnits");

    private Invariants() {}

    /** A holder's chip: a key hashed from the two ids' cached hashes, not a string built per fill and ledger. */
    private record Holding(String holderId, String chipId) {
        @Override
        public String toString() {
            return holderId + "/" + chipId;
        }
    }

    static List<String> violations(MarketReport market, List<AgentReport> agents) {
        List<String> problems = new ArrayList<>();
        Map<Holding, Long> soldByFills = new HashMap<>();
        Map<Holding, Long> boughtByFills = new HashMap<>();
        long value = 0;
        long fees = 0;
        for (FillRecord fill : market.fills()) {
            soldByFills.merge(new Holding(fill.sellerId(), fill.chipId()), fill.units(), Long::sum);
            boughtByFills.merge(new Holding(fill.buyerId(), fill.chipId()), fill.units(), Long::sum);
            value += fill.valueUsd();
            fees += fill.feeUsd();
        }
        long paid = 0;
        long kept = 0;
        long collected = 0;
        for (AgentReport agent : agents) {
            for (UnitLedger ledger : agent.ledgers()) {
                Holding key = new Holding(ledger.holderId(), ledger.chipId());
                if (!ledger.balances()) {
                    problems.add("units of " + key + " do not balance: " + ledger);
                }
                if (ledger.anyNegative()) {
                    problems.add("negative units in " + ledger);
                }
                if (ledger.soldUnits() != soldByFills.getOrDefault(key, 0L)) {
                    problems.add(key + " reports " + ledger.soldUnits() + " sold, the market filled "
                            + soldByFills.getOrDefault(key, 0L));
                }
                if (ledger.boughtUnits() != 0 && ledger.boughtUnits() != boughtByFills.getOrDefault(key, 0L)) {
                    problems.add(key + " reports " + ledger.boughtUnits() + " bought, the market filled "
                            + boughtByFills.getOrDefault(key, 0L));
                }
            }
            paid += agent.money().paidForChipsUsd();
            kept += agent.money().keptFromSalesUsd();
            collected += agent.money().feesCollectedUsd();
            boolean spends = agent.role().equals(Roles.BUYER) || agent.role().equals(Roles.BROKER);
            if (spends && agent.money().cashEndUsd() < 0) {
                problems.add(agent.agentId() + " has negative cash: " + agent.money().cashEndUsd());
            }
            agent.state().forEach((name, v) -> {
                if (v < 0 && (name.startsWith("inventory.") || NON_NEGATIVE.contains(name))) {
                    problems.add(agent.agentId() + "." + name + " is negative: " + v);
                }
            });
        }
        if (paid != value) {
            problems.add("buyers paid $" + paid + " but the fills are worth $" + value);
        }
        if (kept + collected != paid) {
            problems.add("buyers paid $" + paid + " but sellers kept $" + kept + " and fees were $" + collected);
        }
        if (collected != fees) {
            problems.add("Washington collected $" + collected + " of $" + fees + " in fees");
        }
        return problems;
    }
}
