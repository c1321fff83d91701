package chipsim.market;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import chipsim.market.clearing.BidOrder;
import chipsim.market.clearing.Clearing;
import chipsim.market.clearing.ClearingResult;
import chipsim.market.clearing.MissedTrades;
import chipsim.market.clearing.OfferOrder;
import chipsim.market.clearing.PermitBook;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.Directory;
import chipsim.market.protocol.MarketProtocol.Bid;
import chipsim.market.protocol.MarketProtocol.FeeCollected;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.MarketProtocol.Offer;
import chipsim.market.protocol.MarketProtocol.OrderReply;
import chipsim.market.protocol.Outbox;
import chipsim.market.protocol.PermitProtocol.ImportDecision;
import chipsim.market.protocol.PermitProtocol.LicenceDecision;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.PhaseBarrier;
import chipsim.market.protocol.QuarterProtocol.CloseQuarter;
import chipsim.market.protocol.QuarterProtocol.Introduce;
import chipsim.market.protocol.QuarterProtocol.PhaseDone;
import chipsim.market.protocol.QuarterProtocol.PhaseStarted;
import chipsim.market.protocol.QuarterProtocol.QuarterOpened;
import chipsim.market.protocol.QuarterProtocol.Ready;
import chipsim.market.protocol.RulesProtocol.ExportRulesPublished;
import chipsim.market.protocol.RulesProtocol.ImportPolicyPublished;
import chipsim.market.protocol.RulesProtocol.SubsidyGranted;
import chipsim.market.protocol.Step;
import chipsim.market.protocol.SupplyProtocol.ChipDesigned;
import chipsim.market.protocol.SupplyProtocol.ProductLaunched;
import chipsim.market.report.FillRecord;
import chipsim.market.report.LeftOnTable;
import chipsim.market.report.MarketReport;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exchange. It keeps the quarter's permit book from the capitals' decisions, collects orders
 * in the trade phase, clears them all at once when the phase resolves ({@link Clearing}), and
 * sends every fill to both parties and every fee to the publisher of the export rules.
 */
public final class MarketActor extends AbstractBehavior<AgentCommand> {

    private final String selfId;
    /** The scenario's chips, then those designed during the run as they are announced. */
    private ChipCatalogue catalogue;
    private final List<Chip> chipsDesigned = new ArrayList<>();
    private final PhaseBarrier barrier;
    private final Outbox outbox = new Outbox();
    private final ActorRef<Ack> ackRef;
    /** The market's acknowledgement: a record of its id only, so one instance serves every request. */
    private final Ack ack;
    private Directory directory;
    private ExportRules rules;
    private ImportPolicy importPolicy;
    private String rulesPublisherId;
    private PermitBook permits = new PermitBook();
    private final List<OfferOrder> offers = new ArrayList<>();
    private final List<BidOrder> bids = new ArrayList<>();
    private final Map<String, ActorRef<OrderReply>> orderRefs = new HashMap<>();
    private ClearingResult lastClearing;
    private LeftOnTable lastLeftOnTable = LeftOnTable.NONE;
    /**
     * Whether the market measures what each clearing left on the table (a diagnostic no agent reads,
     * a tenth of the market's CPU); a sweep that records no figure of it runs without.
     */
    private final boolean measuresLeftOnTable;

    public static Behavior<AgentCommand> create(String selfId, ChipCatalogue catalogue, ExportRules initialRules,
            ImportPolicy initialImports) {
        return create(selfId, catalogue, initialRules, initialImports, true);
    }

    /** @param measuresLeftOnTable false: every report's {@link MarketReport#leftOnTable} is {@link LeftOnTable#NONE} */
    public static Behavior<AgentCommand> create(String selfId, ChipCatalogue catalogue, ExportRules initialRules,
            ImportPolicy initialImports, boolean measuresLeftOnTable) {
        return Behaviors.setup(ctx -> new MarketActor(ctx, selfId, catalogue, initialRules, initialImports,
                measuresLeftOnTable));
    }

    private MarketActor(ActorContext<AgentCommand> context, String selfId, ChipCatalogue catalogue,
            ExportRules initialRules, ImportPolicy initialImports, boolean measuresLeftOnTable) {
        super(context);
        this.selfId = selfId;
        this.measuresLeftOnTable = measuresLeftOnTable;
        this.catalogue = catalogue;
        this.rules = initialRules;
        this.importPolicy = initialImports;
        this.barrier = new PhaseBarrier(selfId);
        this.ack = new Ack(selfId);
        this.ackRef = context.getSelf().narrow();
    }

    @Override
    public Receive<AgentCommand> createReceive() {
        // A plain instanceof chain, the most frequent messages first: the market receives a third of
        // a run's messages, and a receive builder's table costs a lookup and a handler call on each.
        return new Receive<>() {
            @Override
            public Behavior<AgentCommand> receiveMessage(AgentCommand message) {
                if (message instanceof Ack) {
                    barrier.acknowledged();
                    return MarketActor.this;
                }
                if (message instanceof Bid bid) {
                    return onBid(bid);
                }
                if (message instanceof Offer offer) {
                    return onOffer(offer);
                }
                if (message instanceof ImportDecision decision) {
                    return onImportDecision(decision);
                }
                if (message instanceof LicenceDecision decision) {
                    return onLicenceDecision(decision);
                }
                if (message instanceof PhaseStarted started) {
                    return onPhaseStarted(started);
                }
                if (message instanceof ExportRulesPublished published) {
                    return onExportRules(published);
                }
                if (message instanceof ImportPolicyPublished published) {
                    return onImportPolicy(published);
                }
                if (message instanceof QuarterOpened opened) {
                    return onQuarterOpened(opened);
                }
                if (message instanceof CloseQuarter close) {
                    return onClose(close);
                }
                if (message instanceof SubsidyGranted subsidy) {
                    return onSubsidy(subsidy);
                }
                if (message instanceof ProductLaunched launched) {
                    return onProductLaunched(launched);
                }
                if (message instanceof ChipDesigned designed) {
                    return onChipDesigned(designed);
                }
                if (message instanceof Introduce introduce) {
                    return onIntroduce(introduce);
                }
                return Behaviors.unhandled();
            }

            @Override
            public Behavior<AgentCommand> receiveSignal(akka.actor.typed.Signal signal) {
                return Behaviors.unhandled();
            }
        };
    }

    private Behavior<AgentCommand> onIntroduce(Introduce message) {
        directory = message.directory();
        message.replyTo().tell(new Ready(selfId, Set.of(), Set.of(Phase.TRADE)));
        return this;
    }

    private Behavior<AgentCommand> onQuarterOpened(QuarterOpened message) {
        permits = new PermitBook();
        offers.clear();
        bids.clear();
        orderRefs.clear();
        lastClearing = null;
        lastLeftOnTable = LeftOnTable.NONE;
        message.replyTo().tell(new PhaseDone(selfId, message.quarter(), Phase.OPEN, Step.ACT));
        return this;
    }

    private Behavior<AgentCommand> onPhaseStarted(PhaseStarted message) {
        barrier.begin(message.quarter(), message.phase(), message.step(), message.replyTo());
        if (message.phase() == Phase.TRADE && message.step() == Step.RESOLVE) {
            clearAndNotify();
        }
        barrier.seal();
        return this;
    }

    private void clearAndNotify() {
        lastClearing = Clearing.clear(catalogue, rules, permits, offers, bids);
        if (measuresLeftOnTable) {
            lastLeftOnTable = MissedTrades.afterClearing(catalogue, rules, permits, offers, bids,
                    lastClearing.fills());
        }
        for (FillRecord fill : lastClearing.fills()) {
            Fill message = new Fill(fill.sellerId(), fill.buyerId(), fill.chipId(), fill.units(), fill.priceUsd(),
                    fill.channel(), fill.feeUsd(), ackRef);
            barrier.expect();
            outbox.tell(orderRefs.get(fill.sellerId()), message);
            barrier.expect();
            outbox.tell(orderRefs.get(fill.buyerId()), message);
            if (fill.feeUsd() > 0) {
                barrier.expect();
                outbox.tell(directory.ref(rulesPublisherId),
                        new FeeCollected(fill.sellerId(), fill.chipId(), fill.feeUsd(), ackRef));
            }
        }
        for (String rejection : lastClearing.rejections()) {
            getContext().getLog().info("rejected order in {}: {}", barrier.quarter(), rejection);
        }
    }

    private Behavior<AgentCommand> onExportRules(ExportRulesPublished message) {
        rules = message.rules();
        rulesPublisherId = message.publisherId();
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onImportPolicy(ImportPolicyPublished message) {
        importPolicy = message.policy();
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onSubsidy(SubsidyGranted message) {
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onLicenceDecision(LicenceDecision message) {
        permits.licence(message.sellerId(), message.chipId(), message.grantedUnits(), message.revenueShare());
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onImportDecision(ImportDecision message) {
        permits.approveImport(message.buyerId(), message.chipId(), message.approvedUnits());
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onOffer(Offer message) {
        offers.add(new OfferOrder(message.sellerId(), message.chipId(), message.units(), message.askUsd(),
                message.intoChina(), message.channel()));
        orderRefs.put(message.sellerId(), message.replyTo());
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onBid(Bid message) {
        bids.add(new BidOrder(message.buyerId(), message.region(), message.chipId(), message.units(),
                message.maxPriceUsd(), message.acceptsGrey(), message.budgetUsd()));
        orderRefs.put(message.buyerId(), message.replyTo());
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onProductLaunched(ProductLaunched message) {
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onChipDesigned(ChipDesigned message) {
        if (catalogue.find(message.chip().id()).isEmpty()) {
            chipsDesigned.add(message.chip());
        }
        catalogue = catalogue.with(message.chip());
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private Behavior<AgentCommand> onClose(CloseQuarter message) {
        ClearingResult result = lastClearing != null
                ? lastClearing
                : Clearing.clear(catalogue, rules, new PermitBook(), List.of(), List.of());
        message.replyTo().tell(new MarketReport(selfId, message.quarter(), rules, importPolicy, result.fills(),
                result.books(),
                result.rejections(), outbox.drain(), lastLeftOnTable, chipsDesigned));
        return this;
    }
}
