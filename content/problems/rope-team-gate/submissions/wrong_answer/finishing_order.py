# Mistake: collects the results as the jobs finish (as_completed), not in the order of the jobs.
# Caught by sample/1 (jobs of 3, 1 and 2 seconds give [1, 2, 0]).
import asyncio


async def bounded_gather(jobs, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    gate = asyncio.Semaphore(limit)

    async def run(job):
        async with gate:
            return await job()

    return [await done for done in asyncio.as_completed([run(job) for job in jobs])]
