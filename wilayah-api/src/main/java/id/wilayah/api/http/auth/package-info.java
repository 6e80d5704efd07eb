/** API-key authentication and authorisation of every request: key lookup, scopes, rate limits, key-guessing guard. */
package id.wilayah.api.http.auth;
