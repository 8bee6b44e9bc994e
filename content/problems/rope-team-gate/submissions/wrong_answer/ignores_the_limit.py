# Mistake: gathers every job at once; the limit is never applied.
# Caught by sample/2 (peak 9 where at most 3 may run).
import asyncio


async def bounded_gather(jobs, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return list(await asyncio.gather(*(job() for job in jobs)))
