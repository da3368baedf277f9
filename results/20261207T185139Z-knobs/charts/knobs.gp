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

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend blkd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-blkd-ram-randread-4k-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend blkd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend blkd-ram'
  set title 'bounce_strategy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'prealloc/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'hugepage/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'lazy-1m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'lazy-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'runs/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'nocache/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',1,'iova-plain/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'kick-work/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'kick-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'inject-direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'inject-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'irq-sticky/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'irq-local/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 1, backend blkd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-blkd-ram-randwrite-4k-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 1, backend blkd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 1, backend blkd-ram'
  set title 'bounce_strategy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'prealloc/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'hugepage/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'lazy-1m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'lazy-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','randwrite','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randwrite','4k',1,'runs/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randwrite','4k',1,'nocache/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randwrite','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randwrite','4k',1,'iova-plain/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',1,'kick-work/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',1,'kick-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',1,'inject-direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',1,'inject-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',1,'irq-sticky/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',1,'irq-local/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randrw-read70, bs 64k, numjobs 1, backend blkd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-blkd-ram-randrw-read70-64k-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randrw-read70, bs 64k, numjobs 1, backend blkd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randrw-read70, bs 64k, numjobs 1, backend blkd-ram'
  set title 'bounce_strategy'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'prealloc/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'hugepage/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'lazy-1m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'lazy-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','randrw-read70','64k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randrw-read70','64k',1,'runs/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randrw-read70','64k',1,'nocache/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randrw-read70','64k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randrw-read70','64k',1,'iova-plain/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randrw-read70','64k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randrw-read70','64k',1,'kick-work/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randrw-read70','64k',1,'kick-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randrw-read70','64k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randrw-read70','64k',1,'inject-direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randrw-read70','64k',1,'inject-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randrw-read70','64k',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randrw-read70','64k',1,'irq-sticky/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randrw-read70','64k',1,'irq-local/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend blkd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-blkd-ram-read-1M-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend blkd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend blkd-ram'
  set title 'bounce_strategy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'prealloc/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'hugepage/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'lazy-1m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'lazy-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'runs/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'nocache/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','read','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','read','1M',1,'iova-plain/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'kick-work/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'kick-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'inject-direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'inject-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'irq-sticky/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'irq-local/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): write, bs 1M, numjobs 1, backend blkd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-blkd-ram-write-1M-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): write, bs 1M, numjobs 1, backend blkd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): write, bs 1M, numjobs 1, backend blkd-ram'
  set title 'bounce_strategy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'prealloc/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'hugepage/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'prealloc-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'hugepage-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'lazy-1m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'lazy-4m/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','write','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','write','1M',1,'runs/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','write','1M',1,'nocache/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','write','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','write','1M',1,'iova-plain/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','write','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','write','1M',1,'kick-work/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','write','1M',1,'kick-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','write','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','write','1M',1,'inject-direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','write','1M',1,'inject-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','write','1M',1,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','write','1M',1,'irq-sticky/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','write','1M',1,'irq-local/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend qsd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-qsd-ram-randread-4k-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend qsd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 1, backend qsd-ram'
  set title 'bounce_strategy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'prealloc/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'hugepage/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randread','4k',1,'direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'lazy-1m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randread','4k',1,'lazy-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'runs/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randread','4k',1,'nocache/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',1,'iova-plain/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'kick-work/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',1,'kick-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'inject-direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',1,'inject-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'irq-sticky/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',1,'irq-local/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 1, backend qsd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-qsd-ram-randwrite-4k-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 1, backend qsd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 1, backend qsd-ram'
  set title 'bounce_strategy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'prealloc/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'hugepage/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randwrite','4k',1,'direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'lazy-1m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randwrite','4k',1,'lazy-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','randwrite','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randwrite','4k',1,'runs/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randwrite','4k',1,'nocache/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randwrite','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randwrite','4k',1,'iova-plain/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',1,'kick-work/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',1,'kick-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',1,'inject-direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',1,'inject-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',1,'irq-sticky/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',1,'irq-local/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randrw-read70, bs 64k, numjobs 1, backend qsd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-qsd-ram-randrw-read70-64k-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randrw-read70, bs 64k, numjobs 1, backend qsd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randrw-read70, bs 64k, numjobs 1, backend qsd-ram'
  set title 'bounce_strategy'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'prealloc/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'hugepage/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','randrw-read70','64k',1,'direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'lazy-1m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','randrw-read70','64k',1,'lazy-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','randrw-read70','64k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randrw-read70','64k',1,'runs/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','randrw-read70','64k',1,'nocache/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randrw-read70','64k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randrw-read70','64k',1,'iova-plain/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randrw-read70','64k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randrw-read70','64k',1,'kick-work/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randrw-read70','64k',1,'kick-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randrw-read70','64k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randrw-read70','64k',1,'inject-direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randrw-read70','64k',1,'inject-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randrw-read70','64k',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randrw-read70','64k',1,'irq-sticky/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randrw-read70','64k',1,'irq-local/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend qsd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-qsd-ram-read-1M-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend qsd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): read, bs 1M, numjobs 1, backend qsd-ram'
  set title 'bounce_strategy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'prealloc/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'hugepage/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','read','1M',1,'direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'lazy-1m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','read','1M',1,'lazy-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'runs/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','read','1M',1,'nocache/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','read','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','read','1M',1,'iova-plain/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'kick-work/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','read','1M',1,'kick-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'inject-direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','read','1M',1,'inject-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'irq-sticky/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','read','1M',1,'irq-local/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): write, bs 1M, numjobs 1, backend qsd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 1440
    } else {
      set terminal png noenhanced size 1800, 1440
    }
  } else {
    set terminal svg noenhanced size 1800, 1440
  }
  set output 'knobs-qsd-ram-write-1M-j1.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): write, bs 1M, numjobs 1, backend qsd-ram'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set multiplot layout 3,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): write, bs 1M, numjobs 1, backend qsd-ram'
  set title 'bounce_strategy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'prealloc/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc bounce_strategy=prealloc', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'hugepage/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'hugepage bounce_strategy=hugepage', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_strategy','write','1M',1,'direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 6 dashtype (12, 6) title 'direct (unsafe) bounce_strategy=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'bounce_size'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'prealloc-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'prealloc-4m bounce_strategy=prealloc bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'hugepage-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'hugepage-4m bounce_strategy=hugepage bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'lazy-1m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 4 title 'lazy-1m bounce_size=1048576', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('bounce_size','write','1M',1,'lazy-4m/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 5 title 'lazy-4m bounce_size=4194304', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle
  set title 'copy_engine'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('copy_engine','write','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','write','1M',1,'runs/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'runs copy_engine=runs', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('copy_engine','write','1M',1,'nocache/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'nocache copy_engine=nocache', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'iova_alloc'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','write','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','write','1M',1,'iova-plain/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  set title 'kick_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','write','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','write','1M',1,'kick-work/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','write','1M',1,'kick-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','write','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','write','1M',1,'inject-direct/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','write','1M',1,'inject-coalesce/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','write','1M',1,'ours/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','write','1M',1,'irq-sticky/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','write','1M',1,'irq-local/qsd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}
