/* Runs the module (its source comes from the host in the prelude's init reply). */
(function (G) {
  var run = G.__sbbs_run;
  delete G.__sbbs_run;
  run();
})(this);
