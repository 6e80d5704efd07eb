/**
 * One Payara Micro for the in-container test classes. Arquillian's Payara Micro adapter starts a server for every
 * class's deployment and stops it after the class; every class deploys the same product WAR with the same
 * configuration on the same database, so starting it again taught nothing and cost most of the suite's time. The
 * adapter is wrapped so that a deployment equal to the running one reuses it, and the server is stopped when the
 * suite ends. A class that needs a server of its own deploys {@link id.wilayah.testsupport.Deployments#ownServer()}.
 */
package id.wilayah.testsupport.shared;
