"""`limit` workers take the next job from a shared iterator; a TaskGroup cancels the rest on failure."""
import asyncio


async def bounded_gather(jobs, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = [None] * len(jobs)
    queue = iter(enumerate(jobs))

    async def worker():
        for index, job in queue:
            results[index] = await job()

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(limit, len(jobs))):
                group.create_task(worker())
    except BaseExceptionGroup as failures:
        # The caller wants the job's own error, not the group the TaskGroup wraps it in.
        raise failures.exceptions[0] from None
    return results
