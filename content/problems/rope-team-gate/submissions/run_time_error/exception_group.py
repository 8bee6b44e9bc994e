# Mistake: lets asyncio.TaskGroup's ExceptionGroup out instead of the job's own error, so callers'
# `except ConnectionError` never matches. secret/08-a-failure-cancels-the-rest-and-is-raised: the
# ExceptionGroup escapes the test (a Run Time Error).
import asyncio


async def bounded_gather(jobs, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    gate = asyncio.Semaphore(limit)

    async def run(job):
        async with gate:
            return await job()

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(run(job)) for job in jobs]
    return [task.result() for task in tasks]
