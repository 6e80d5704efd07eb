/** API keys: issue, rotate, revoke, hashed secrets, grants cached for the request path, usage counters. */
package id.wilayah.domain.apikey;
