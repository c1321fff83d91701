package chipsim.agents.hyperscaler;

/** How a buyer could get a chip this quarter. */
public enum Route {
    /** No permit needed: domestic chips in China, any chip outside China. */
    DIRECT,
    /** A US chip into China: both capitals' permits needed. */
    LICENSED,
    /** Only through a broker: the chip is banned by Washington or barred by Beijing. */
    GREY
}
