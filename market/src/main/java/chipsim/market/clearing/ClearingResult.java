package chipsim.market.clearing;

import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import java.util.List;
import java.util.SortedMap;

/**
 * The outcome of one quarter's clearing.
 *
 * @param fills       every trade, in clearing order
 * @param books       per chip, what was offered, bid and filled
 * @param rejections  orders the rules made void, one line each ("nvidia H100 into China: banned")
 */
public record ClearingResult(List<FillRecord> fills, SortedMap<String, ChipBook> books, List<String> rejections) {}
