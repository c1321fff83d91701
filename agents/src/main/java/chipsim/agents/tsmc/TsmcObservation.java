package chipsim.agents.tsmc;

import chipsim.market.Quarter;
import java.util.List;

/**
 * What TSMC sees when it shares its packaging capacity and plans more.
 *
 * @param capacityWafers     advanced-packaging wafers per quarter available now
 * @param claims             this quarter's requests: the chip designers of the model in id order,
 *                           then the foundry's other customers ({@link TsmcActor#OTHER_CUSTOMERS})
 * @param demandedWafers     wafers asked for this quarter, all customers
 * @param underConstruction  wafers per quarter of capacity already being built
 */
public record TsmcObservation(Quarter quarter, long capacityWafers, List<Claim> claims, long demandedWafers,
        long underConstruction) {

    public TsmcObservation {
        claims = List.copyOf(claims);
    }

    /** One customer's request, wafers this quarter. */
    public record Claim(String customer, long wafers) {}
}
