package chipsim.market.protocol;

import akka.actor.typed.ActorRef;
import chipsim.market.Quarter;

/**
 * One participant's side of a phase barrier: it reports the step done only after every message it
 * sent in the step has been acknowledged. Usage: {@link #begin}, {@link #expect} once per message
 * that will be acknowledged, {@link #seal} once everything is sent, {@link #acknowledged} per Ack.
 */
public final class PhaseBarrier {

    private final String selfId;
    private ActorRef<QuarterProtocol.PhaseReply> replyTo;
    private Quarter quarter;
    private Phase phase;
    private Step step;
    private int outstanding;
    private boolean sealed;

    public PhaseBarrier(String selfId) {
        this.selfId = selfId;
    }

    public void begin(Quarter quarter, Phase phase, Step step, ActorRef<QuarterProtocol.PhaseReply> replyTo) {
        this.quarter = quarter;
        this.phase = phase;
        this.step = step;
        this.replyTo = replyTo;
        this.outstanding = 0;
        this.sealed = false;
    }

    public void expect() {
        outstanding++;
    }

    /** Everything of this step is sent: report done now if nothing is awaited. */
    public void seal() {
        sealed = true;
        reportIfSettled();
    }

    public void acknowledged() {
        outstanding--;
        reportIfSettled();
    }

    /** Ends the step with a failure the clock turns into a run error naming this participant. */
    public void fail(String reason) {
        if (replyTo != null) {
            replyTo.tell(new QuarterProtocol.PhaseFailed(selfId, quarter, phase, step, reason));
            replyTo = null;
        }
    }

    public Quarter quarter() {
        return quarter;
    }

    public Phase phase() {
        return phase;
    }

    public Step step() {
        return step;
    }

    /** Where this step's outcome goes; null once it was reported. For a watcher that fails a stuck step. */
    public ActorRef<QuarterProtocol.PhaseReply> reporter() {
        return replyTo;
    }

    private void reportIfSettled() {
        if (sealed && outstanding == 0 && replyTo != null) {
            replyTo.tell(new QuarterProtocol.PhaseDone(selfId, quarter, phase, step));
            replyTo = null;
        }
    }
}
