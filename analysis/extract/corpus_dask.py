"""Corpus extraction on Dask: a bag over the documents' paths, read and extracted on workers.

``--dask`` starts a local cluster (one single-threaded worker process per job: extraction holds
the GIL); ``--scheduler ADDRESS`` uses a running cluster, whose workers must see the documents
at the same paths and have this package installed. Each partition of the bag is a task of
:func:`analysis.extract.corpus.rows_of_paths`; its rows travel back to the client, which builds
the one frame and writes the output as the local run does, so both give the same file.
Dask and distributed take a second to import: ``nato-report extract`` imports this module only
for ``--dask`` and ``--scheduler``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence

import dask.bag
from distributed import Client, LocalCluster, as_completed

from analysis.errors import ParameterError, shorten
from analysis.extract.corpus import ChunkResult, chunks, collect, rows_of_paths

CONNECT_TIMEOUT = "10s"


def partition_task(paths: Sequence[str]) -> list[ChunkResult]:
    """One partition of the bag: its documents' rows (a bag partition is a list)."""
    return [rows_of_paths(list(paths))]


def extract_paths_dask(paths: Sequence[str], scheduler: str | None = None,
                       workers: int | None = None,
                       on_chunk: Callable[[ChunkResult], None] | None = None
                       ) -> tuple[list[tuple], int]:
    """The rows of every document at ``paths`` (in that order) and the bytes read, computed on
    the cluster at ``scheduler`` or on a local cluster of ``workers`` processes."""
    if not paths:
        return [], 0
    workers = workers or os.cpu_count() or 1
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            raise ParameterError(
                f"--scheduler {shorten(scheduler)}: cannot connect to a Dask scheduler "
                f"({shorten(str(error) or type(error).__name__, 200)})") from None
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        size = len(chunks(paths, workers)[0])
        bag = dask.bag.from_sequence(paths, partition_size=size).map_partitions(partition_task)
        futures = client.compute(bag.to_delayed())
        for future in as_completed(futures):
            if on_chunk is not None:
                for result in future.result():
                    on_chunk(result)
        return collect((result for results in client.gather(futures) for result in results),
                       None)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
