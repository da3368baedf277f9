# Written by vlab-report: knobs charts, drawn from knobs.csv only.
# Re-draw with: cd charts; gnuplot knobs.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
sel(k, rw, bs, nj, cfg) = strcol(1) eq k && strcol(2) eq rw && strcol(3) eq bs && column(4) == nj && strcol(6) eq cfg
set logscale x 2
set yrange [0:*]
# headroom for the key inside, over the lines
set offsets 0, 0, graph 0.4, 0
set key inside top left Left reverse samplen 2
set xlabel 'queue depth (fio iodepth)'
set ylabel 'IOPS: median, bars min to max, a dot per repetition'

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend qsd-null
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 980
    } else {
      set terminal png noenhanced size 1800, 980
    }
  } else {
    set terminal svg noenhanced size 1800, 980
  }
  set output 'knobs-qsd-null-randread-4k-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend qsd-null'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 2,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend qsd-null'
  set title 'bounce_strategy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'prealloc/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'hugepage/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'direct/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'runs/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 title 'runs bounce_strategy=prealloc copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'copy_engine'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'runs/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'runs bounce_strategy=prealloc copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'nocache/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',1,'iova-plain/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'kick-work/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'kick-coalesce/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'inject-direct/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'inject-coalesce/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'irq-sticky/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'irq-local/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend qsd-null
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 980
    } else {
      set terminal png noenhanced size 1800, 980
    }
  } else {
    set terminal svg noenhanced size 1800, 980
  }
  set output 'knobs-qsd-null-read-1M-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend qsd-null'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 2,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend qsd-null'
  set title 'bounce_strategy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'prealloc/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'hugepage/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'direct/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'runs/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 title 'runs bounce_strategy=prealloc copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'copy_engine'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'runs/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'runs bounce_strategy=prealloc copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'nocache/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','read','1M',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','read','1M',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','read','1M',1,'iova-plain/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'kick-work/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'kick-coalesce/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'inject-direct/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'inject-coalesce/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'stock/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'stock (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'ours/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'ours (default)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'irq-sticky/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'irq-local/qsd-null') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-null' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}
