"""A semaphore of `limit` places; every job waits for a place inside its own task."""
import asyncio


async def bounded_gather(jobs, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    gate = asyncio.Semaphore(limit)

    async def run(job):
        async with gate:
            return await job()

    tasks = [asyncio.create_task(run(job)) for job in jobs]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        # gather() does not cancel the others when one fails: do it, and wait until they are gone.
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
