# Mistake: lets gather() raise the first error without cancelling the other tasks: they keep running
# (and holding the rope) after the caller has given up. Caught by
# secret/08-a-failure-cancels-the-rest-and-is-raised.
import asyncio


async def bounded_gather(jobs, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    gate = asyncio.Semaphore(limit)

    async def run(job):
        async with gate:
            return await job()

    return list(await asyncio.gather(*(run(job) for job in jobs)))
