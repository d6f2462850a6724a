/**
 * The organisation of the state: administrative units as a tree whose levels are data (province/city → commune/ward,
 * with the former district tier kept for history), agencies with their organisation codes, departments inside
 * agencies, and positions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "platform")
package vn.civic.org;
