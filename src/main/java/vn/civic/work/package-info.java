/** One inbox of tasks and deadlines for each official ("my work"), fed by events from every module. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Staff workspace",
        allowedDependencies = {"platform", "org"})
package vn.civic.work;
