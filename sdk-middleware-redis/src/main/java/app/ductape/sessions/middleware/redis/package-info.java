/**
 * A fleet of {@code SessionVerifier}s on Redis: {@link app.ductape.sessions.middleware.redis.RedisFleet}
 * carries every revocation to every instance, keeps each user's {@code revokeAll} cutoff, and optionally
 * shares verified answers, through Lettuce.
 */
package app.ductape.sessions.middleware.redis;
