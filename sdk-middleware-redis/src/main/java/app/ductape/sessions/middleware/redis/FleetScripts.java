package app.ductape.sessions.middleware.redis;

/**
 * The two Lua scripts through which a link writes, each atomic in Redis: sharing an answer (refused when a
 * revocation since it was asked names it, so that a slow writer cannot bring back what a revocation
 * deleted), and revoking (deleting the shared answers it names, recording its cutoff, keeping it among the
 * recent messages for an instance that was away, publishing it).
 */
final class FleetScripts {
    /**
     * KEYS: the answer, the tag's cutoff, the users' cutoffs, the session's revocation, then the index sets
     * the answer joins. ARGV: the stored answer, askedAt, its time to live, now, its user or '', the token hash.
     */
    static final String SHARE = """
        local asked = tonumber(ARGV[2])
        local function since(at) return at and tonumber(at) > asked end
        if since(redis.call('GET', KEYS[2])) or since(redis.call('GET', KEYS[4])) then return 0 end
        if ARGV[5] ~= '' then
          if since(redis.call('ZSCORE', KEYS[3], ARGV[5])) then return 0 end
        else
          local newest = redis.call('ZRANGE', KEYS[3], 0, 0, 'REV', 'WITHSCORES')
          if since(newest[2]) then return 0 end
        end
        local ttl = tonumber(ARGV[3])
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
        for i = 5, #KEYS do
          redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', ARGV[4])
          redis.call('ZADD', KEYS[i], tonumber(ARGV[4]) + ttl, ARGV[6])
          if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
        end
        return 1
        """;

    /**
     * KEYS: the index set of the answers it names, the key of its cutoff (the session's revocation, the
     * users' cutoffs or the tag's cutoff), the recent messages. ARGV: its kind, its instant, how long the
     * cutoff is kept, its user or '', the channel, the message, the answers' key prefix, now, how long the
     * message is kept among the recent ones.
     */
    static final String REVOKE = """
        for _, hash in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
          redis.call('UNLINK', ARGV[7] .. hash)
        end
        redis.call('UNLINK', KEYS[1])
        local at = tonumber(ARGV[2])
        local keep = tonumber(ARGV[3])
        if ARGV[1] == 'user' then
          redis.call('ZADD', KEYS[2], 'GT', at, ARGV[4])
          redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[8]) - keep)
          if redis.call('PTTL', KEYS[2]) < keep then redis.call('PEXPIRE', KEYS[2], keep) end
        else
          local current = redis.call('GET', KEYS[2])
          if not current or tonumber(current) < at then redis.call('SET', KEYS[2], at, 'PX', keep) end
        end
        local recent = tonumber(ARGV[9])
        redis.call('ZADD', KEYS[3], at, ARGV[6])
        redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', tonumber(ARGV[8]) - recent)
        if redis.call('PTTL', KEYS[3]) < recent then redis.call('PEXPIRE', KEYS[3], recent) end
        return redis.call('PUBLISH', ARGV[5], ARGV[6])
        """;

    private FleetScripts() {
    }
}
