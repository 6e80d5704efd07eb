/** Which request paths the application routes at all: one spelling per resource, so a prefix means what it says. */
package id.wilayah.api.http.path;
