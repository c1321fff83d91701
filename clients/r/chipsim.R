# Load chipsim's output folders into R data frames (base R; jsonlite, when installed, types the
# columns exactly as the folder's datapackage.json says, otherwise read.csv infers them).
#
#   source("clients/r/chipsim.R")
#   run <- chipsim_load_run("runs/baseline")      # run$quarters, run$flows, run$agents
#   sweep <- chipsim_load_sweep("runs/revenue")   # sweep$runs, sweep$summary, sweep$traces, sweep$axes
#
# An empty cell is NA, never 0 (the price of a chip nobody offered). Per-quarter tables have a
# `quarter` column ("2025Q3", an ordered factor) and `quarter_start`, the quarter's first day as
# a Date, for plotting; rows are in quarter order. docs/python.md shows the same in pandas.

chipsim_load_run <- function(folder) {
  schema <- chipsim_schemas(folder, "a run folder (written by `chipsim run`)")
  list(
    quarters = chipsim_by_quarter(chipsim_read(folder, "quarters.csv", schema)),
    flows = chipsim_by_quarter(chipsim_read(folder, "flows.csv", schema)),
    agents = chipsim_by_quarter(chipsim_read(folder, "agents.csv", schema))
  )
}

chipsim_load_sweep <- function(folder) {
  schema <- chipsim_schemas(folder, "a sweep folder (written by `chipsim sweep`)")
  runs <- chipsim_read(folder, "runs.csv", schema)
  summary <- chipsim_read(folder, "summary.csv", schema)
  header <- names(runs)
  first <- match("point", header) + 1
  last <- match("replication", header) - 1
  axes <- if (last >= first) header[first:last] else character(0)
  list(runs = runs, summary = summary, traces = chipsim_traces(folder, runs, axes), axes = axes)
}

# agents.csv as one row per quarter and one column per agent and variable ("washington.payoff").
chipsim_agents_wide <- function(agents) {
  long <- agents[, c("quarter", "agent", "variable", "value")]
  long$key <- paste(long$agent, long$variable, sep = ".")
  wide <- reshape(long[, c("quarter", "key", "value")], idvar = "quarter", timevar = "key",
                  direction = "wide")
  names(wide) <- sub("^value\\.", "", names(wide))
  wide[order(wide$quarter), , drop = FALSE]
}

chipsim_traces <- function(folder, runs, axes) {
  traces <- file.path(folder, "traces")
  if (!dir.exists(traces)) {
    return(NULL)
  }
  names <- sort(list.files(traces, pattern = "^p[0-9]+-r[0-9]+$"))
  if (length(names) == 0) {
    return(NULL)
  }
  tables <- lapply(names, function(name) {
    quarters <- chipsim_load_run(file.path(traces, name))$quarters
    numbers <- as.integer(regmatches(name, gregexpr("[0-9]+", name))[[1]])
    cbind(data.frame(point = numbers[1], replication = numbers[2]), quarters)
  })
  long <- do.call(rbind, tables)
  keys <- runs[, c("point", "replication", "seed", axes), drop = FALSE]
  long <- merge(keys, long, by = c("point", "replication"), sort = FALSE)
  long[order(long$point, long$replication, long$quarter), , drop = FALSE]
}

chipsim_schemas <- function(folder, what) {
  if (!dir.exists(folder)) {
    stop(folder, ": no such folder; give ", what, call. = FALSE)
  }
  path <- file.path(folder, "datapackage.json")
  if (!file.exists(path) || !requireNamespace("jsonlite", quietly = TRUE)) {
    return(list())
  }
  package <- jsonlite::fromJSON(path, simplifyVector = FALSE)
  schemas <- list()
  for (resource in package$resources) {
    if (!is.null(resource$schema)) {
      schemas[[resource$path]] <- vapply(resource$schema$fields, function(f) f$type, "")
      names(schemas[[resource$path]]) <- vapply(resource$schema$fields, function(f) f$name, "")
    }
  }
  schemas
}

chipsim_read <- function(folder, name, schemas) {
  path <- file.path(folder, name)
  if (!file.exists(path)) {
    stop(folder, ": ", name, " is missing; give a folder chipsim wrote, whole", call. = FALSE)
  }
  types <- schemas[[name]]
  if (is.null(types)) {
    return(utils::read.csv(path, check.names = FALSE, na.strings = "", stringsAsFactors = FALSE))
  }
  classes <- c(string = "character", integer = "numeric", number = "numeric", boolean = "logical")[types]
  names(classes) <- names(types)
  # Integers are read as doubles: a sweep's seeds and money in USD overflow R's 32-bit integers.
  utils::read.csv(path, check.names = FALSE, na.strings = "", colClasses = classes, stringsAsFactors = FALSE)
}

chipsim_by_quarter <- function(table) {
  if (!("quarter" %in% names(table))) {
    return(table)
  }
  quarters <- sort(unique(table$quarter))
  year <- as.integer(substr(quarters, 1, 4))
  q <- as.integer(substr(quarters, 6, 6))
  starts <- as.Date(sprintf("%04d-%02d-01", year, 3 * (q - 1) + 1))
  table$quarter_start <- starts[match(table$quarter, quarters)]
  table$quarter <- factor(table$quarter, levels = quarters, ordered = TRUE)
  table[order(table$quarter), , drop = FALSE]
}
