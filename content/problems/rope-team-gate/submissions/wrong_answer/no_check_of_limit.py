# Mistake: accepts a limit of 0, which would wait forever with jobs (here, with none, it returns []).
# Caught by secret/09-refuses-a-limit-below-one.
import asyncio


async def bounded_gather(jobs, limit):
    gate = asyncio.Semaphore(max(limit, 0))

    async def run(job):
        async with gate:
            return await job()

    tasks = [asyncio.create_task(run(job)) for job in jobs]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        raise
