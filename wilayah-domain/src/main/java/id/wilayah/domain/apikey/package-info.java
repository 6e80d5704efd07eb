/** API keys: issue, rotate, revoke, hashed secrets, grants cached for the request path, usage counting, rate limits. */
package id.wilayah.domain.apikey;
