# Mistake: runs the jobs in batches of `limit`, each batch waiting for its slowest job, so a free place
# stays empty while a long job holds up its batch. Caught by secret/03-a-free-place-is-taken-at-once
# (4, 1, 1, 1, 1 with limit 2: 6 seconds instead of 4).
import asyncio


async def bounded_gather(jobs, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    for start in range(0, len(jobs), limit):
        results += await asyncio.gather(*(job() for job in jobs[start : start + limit]))
    return results
