# Tests of chipsim.R against folders the chipsim jar writes; run where R is installed:
#   Rscript clients/r/test_chipsim.R [path/to/chipsim.jar]
args <- commandArgs(trailingOnly = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))))
source(file.path(here, "chipsim.R"))
jar <- if (length(args) > 0) args[1] else file.path(here, "..", "..", "runner", "target", "chipsim.jar")
if (!file.exists(jar)) stop(jar, " is missing: build it with `mvn -B package -DskipTests`")

temp <- tempfile("chipsim-r-")
dir.create(temp)
chipsim <- function(...) {
  status <- system2("java", c("-jar", shQuote(jar), ...), stdout = FALSE, stderr = FALSE)
  if (status != 0) stop("chipsim ", paste(...), " exited ", status)
}
check <- function(ok, what) if (!isTRUE(ok)) stop("failed: ", what) else cat("ok:", what, "\n")

run_dir <- file.path(temp, "run")
chipsim("run", "--quarters", "6", "--out", shQuote(run_dir))
run <- chipsim_load_run(run_dir)
check(nrow(run$quarters) == 6, "six quarters")
check(is.ordered(run$quarters$quarter), "the quarter is an ordered factor")
check(inherits(run$quarters$quarter_start, "Date"), "quarter_start is a Date")
check(is.numeric(run$flows$units) && is.character(run$flows$channel), "flows are typed")
prices <- run$quarters[, grep("^price_usd\\.", names(run$quarters)), drop = FALSE]
check(!any(as.matrix(prices) == 0, na.rm = TRUE) && any(is.na(as.matrix(prices))), "a price nobody set is NA, never 0")
wide <- chipsim_agents_wide(run$agents)
check("washington.payoff" %in% names(wide) && nrow(wide) == 6, "agents wide")

sweep_file <- file.path(temp, "tiny.yaml")
writeLines(c("name: tiny", "base: bundled:baseline", "quarters: 3", "replications: 2", "axes:",
             "  washington.params.revenueShare: {values: [0.1, 0.4]}",
             "metrics: [end.china_compute_h100e, sum.fees_usd]"), sweep_file)
sweep_dir <- file.path(temp, "sweep")
chipsim("sweep", shQuote(sweep_file), "--out", shQuote(sweep_dir), "--keep-traces")
sweep <- chipsim_load_sweep(sweep_dir)
check(identical(sweep$axes, "washington.params.revenueShare"), "the sweep's axis")
check(nrow(sweep$runs) == 4 && nrow(sweep$summary) == 2, "runs and summary")
check(nrow(sweep$traces) == 12, "one long table of every run's quarters")
unlink(temp, recursive = TRUE)
