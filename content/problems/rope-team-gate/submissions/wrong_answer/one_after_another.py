# Mistake: awaits the jobs one after another, so nothing overlaps: safe, but nine 1-second jobs take
# 9 seconds instead of 3. Caught by sample/2 (peak 1 and 9.0 seconds).
async def bounded_gather(jobs, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return [await job() for job in jobs]
