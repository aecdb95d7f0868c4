/**
 * The demo mode ({@code registry.demo.*}, the profile {@code demo}): the registry starts with a realistic, seeded
 * history of the six houses, sent through the command gateway as their users would have sent it, so that a
 * newcomer sees every house's goals fill in and a developer works against a registry of realistic size. Nothing
 * here is loaded unless asked for, and never into a registry that holds other data.
 */
package dk.erhvervshuse.graphql.demo;
